#pragma once
// The system tray icon: the favourite accounts (a click copies the code), show or hide the window, the
// quick picker, lock, quit.

#include <QList>
#include <QObject>
#include <QPair>
#include <QUuid>
#include <memory>

class QSystemTrayIcon;
class QMenu;
class QAction;
class QWindow;

namespace tessera::bridge {

class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QWindow *window, QObject *parent = nullptr);
    ~TrayIcon() override;
    bool isAvailable() const;
    // A message from the tray (the desktop's notification), where the desktop has a tray.
    void showMessage(const QString &text);
    // The favourites to list, by id and name; none while locked.
    void setFavourites(const QList<QPair<QUuid, QString>> &favourites);
    QMenu *menu() const { return m_menu.get(); }

signals:
    void copyRequested(const QUuid &account);
    void quickRequested();
    void lockRequested();
    void quitRequested();

private:
    void toggleWindow();

    QWindow *m_window;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon;
    QList<QAction *> m_favourites; // with the separator below them
    QAction *m_top = nullptr;       // the first fixed entry: favourites go above it
};

} // namespace tessera::bridge
