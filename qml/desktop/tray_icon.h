#pragma once
// The system tray icon: show or hide the window, lock, quit.

#include <QObject>
#include <memory>

class QSystemTrayIcon;
class QMenu;
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

signals:
    void lockRequested();
    void quitRequested();

private:
    void toggleWindow();

    QWindow *m_window;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon;
};

} // namespace tessera::bridge
