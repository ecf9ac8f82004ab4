#pragma once
// How Tessera behaves as a desktop citizen around its window: the ticker runs only while the window is
// visible and the vault unlocked; idle time and screen locks lock the vault; the tray icon; closing to
// the tray; the window's size and position kept between runs; raising on a second launch.

#include <QObject>

class QQuickWindow;

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTicker();
    void saveGeometry();

    QQuickWindow *m_window;
    Services *m_services;
    VaultController *m_vault;
    SettingsController *m_settings;
    IdleLock *m_idle;
    ScreenLockMonitor *m_screenLock;
    TrayIcon *m_tray;
    bool m_quitting = false;
};

} // namespace tessera::bridge
