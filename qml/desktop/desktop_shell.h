#pragma once
// How Tessera behaves as a desktop citizen around its window: the ticker runs only while the window is
// visible and the vault unlocked; idle time and screen locks lock the vault; the tray icon; closing to
// the tray; the window's size and position kept between runs; raising on a second launch.

#include <QList>
#include <QUuid>
#include <functional>
#include <QObject>

class QQuickWindow;
class QWindow;

namespace tessera::bridge {

class Services;
class VaultController;
class SettingsController;
class IdleLock;
class ScreenLockMonitor;
class TrayIcon;

class DesktopShell : public QObject
{
    Q_OBJECT
public:
    DesktopShell(QQuickWindow *window, Services *services, VaultController *vault, SettingsController *settings,
                 QObject *parent = nullptr);

    void restoreGeometry();
    void raise();
    // The start at login: only the tray icon, or a minimised window where the desktop has no tray.
    void startMinimized();
    // Quits for real (the tray's Quit, Ctrl+Q), also when closing the window only hides it.
    void quit();
    // Another window of the app whose codes count as shown (the quick picker): the ticker runs for it too.
    void watchWindow(QWindow *window);
    // Tells the user something while the window may be hidden: the tray's message, and the window's notice.
    void tellUser(const QString &text);
    // What the tray's favourites do when clicked (copy the account's code), and opening the picker.
    void setCopyCode(std::function<void(const QUuid &)> copy);
    TrayIcon *tray() const { return m_tray; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTicker();
    void updateFavourites();
    void saveGeometry();

    QQuickWindow *m_window;
    QList<QWindow *> m_otherWindows;
    Services *m_services;
    VaultController *m_vault;
    SettingsController *m_settings;
    IdleLock *m_idle;
    ScreenLockMonitor *m_screenLock;
    TrayIcon *m_tray;
    bool m_quitting = false;
    std::function<void(const QUuid &)> m_copy;
};

} // namespace tessera::bridge
