#include "app/ticker.h"

namespace tessera::bridge {

namespace {
// Fire a little after the second turns so the new second's code is due, even with timer slack.
constexpr int kAfterSecondMs = 15;
} // namespace

Ticker::Ticker(Clock clock, QObject *parent) : QObject(parent), m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        emit tick(m_clock());
        scheduleNext();
    });
}

void Ticker::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    if (running) {
        emit tick(m_clock()); // catch up at once after a pause
        scheduleNext();
    } else {
        m_timer.stop();
    }
}

void Ticker::restart()
{
    if (!m_running)
        return;
    emit tick(m_clock());
    scheduleNext();
}

void Ticker::scheduleNext()
{
    if (!m_running)
        return;
    const std::int64_t now = m_clock();
    const std::int64_t intoSecond = ((now % 1000) + 1000) % 1000;
    m_timer.start(static_cast<int>(1000 - intoSecond + kAfterSecondMs));
}

} // namespace tessera::bridge
