#pragma once
// A one-shot delay that something waits on (the ticker's next second, the idle lock, clearing the
// clipboard), behind a small interface so a test can take time into its own hands: it sees what was
// started and for how long, and makes it expire, instead of sleeping to prove that nothing happened.

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>

namespace tessera::bridge {

class Countdown : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(std::chrono::milliseconds delay) = 0; // restarts a running one
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    void expired();
};

// The real one: a single-shot QTimer.
class TimerCountdown final : public Countdown
{
    Q_OBJECT
public:
    explicit TimerCountdown(Qt::TimerType type = Qt::CoarseTimer, QObject *parent = nullptr);
    void start(std::chrono::milliseconds delay) override;
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

// How the app makes its countdowns; the composition root's default makes TimerCountdowns.
using CountdownFactory = std::function<std::unique_ptr<Countdown>(Qt::TimerType)>;
CountdownFactory realCountdowns();

} // namespace tessera::bridge
