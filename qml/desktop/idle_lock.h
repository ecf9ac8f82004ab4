#pragma once
// Locks the vault after N minutes without keyboard or mouse input in Tessera, and when the session's
// screen locks (ScreenLockMonitor). N comes from the settings; 0 means never.

#include "app/countdown.h"

#include <QObject>
#include <memory>
#include <chrono>

namespace tessera::bridge {

class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(std::unique_ptr<Countdown> countdown, QObject *parent = nullptr);

    void setIdleMinutes(int minutes);
    void setIdleTimeout(std::chrono::milliseconds timeout); // 0: never
    void userWasActive();

signals:
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<Countdown> m_countdown;
    std::chrono::milliseconds m_timeout{0}; // 0: never
};

} // namespace tessera::bridge
