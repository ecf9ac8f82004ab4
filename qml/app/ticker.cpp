#include "app/ticker.h"

namespace tessera::bridge {

Ticker::Ticker(Clock clock, std::unique_ptr<Countdown> nextSecond, QObject *parent)
    : QObject(parent), m_clock(std::move(clock)), m_nextSecond(std::move(nextSecond))
{
    connect(m_nextSecond.get(), &Countdown::expired, this, [this] {
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
        m_nextSecond->stop();
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
    m_nextSecond->start(std::chrono::milliseconds(1000 - intoSecond + kAfterSecondMs));
}

} // namespace tessera::bridge
