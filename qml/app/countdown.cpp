#include "app/countdown.h"

namespace tessera::bridge {

TimerCountdown::TimerCountdown(Qt::TimerType type, QObject *parent) : Countdown(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(type);
    connect(&m_timer, &QTimer::timeout, this, &Countdown::expired);
}

void TimerCountdown::start(std::chrono::milliseconds delay)
{
    m_timer.start(delay);
}

CountdownFactory realCountdowns()
{
    return [](Qt::TimerType type) { return std::make_unique<TimerCountdown>(type); };
}

} // namespace tessera::bridge
