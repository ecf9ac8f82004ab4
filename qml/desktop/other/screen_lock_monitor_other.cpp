// Windows and macOS: session-lock notifications need a native window hook (WTSRegisterSession-
// Notification) or NSDistributedNotificationCenter; until those land, the idle timer is what locks
// the vault there, and the settings page says so (isSupported() is false).
#include "desktop/screen_lock_monitor.h"

namespace tessera::bridge {

ScreenLockMonitor::ScreenLockMonitor(QObject *parent) : QObject(parent) {}

bool ScreenLockMonitor::isSupported()
{
    return false;
}

} // namespace tessera::bridge
