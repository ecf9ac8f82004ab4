#pragma once
// Tells when the user's session locks its screen, so the vault can lock with it. One small
// implementation per platform (screen_lock_monitor_<platform>.cpp).

#include <QObject>

namespace tessera::bridge {

class ScreenLockMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ScreenLockMonitor(QObject *parent = nullptr);
    // Whether this platform's implementation can see screen locks at all.
    static bool isSupported();

signals:
    void screenLocked();
};

} // namespace tessera::bridge
