#pragma once
// Locks the vault after N minutes without keyboard or mouse input in Tessera, and when the session's
// screen locks (ScreenLockMonitor). N comes from the settings; 0 means never.

#include <QObject>
#include <QTimer>
#include <chrono>

namespace tessera::bridge {

class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);

    void setIdleMinutes(int minutes);
    void setIdleTimeout(std::chrono::milliseconds timeout); // 0: never
    void userWasActive();

signals:
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace tessera::bridge
