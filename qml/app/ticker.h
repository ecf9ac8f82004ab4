#pragma once
// The one clock that drives every row: fires just after each whole second of the (corrected) time,
// never faster, and not at all while paused (window hidden or minimised, vault locked).

#include "common/clock.h"

#include "app/countdown.h"

#include <QObject>
#include <memory>

namespace tessera::bridge {

class Ticker : public QObject
{
    Q_OBJECT
public:
    Ticker(Clock clock, std::unique_ptr<Countdown> nextSecond, QObject *parent = nullptr);

    // Fire this long after the second turns, so the new second's code is due even with timer slack.
    static constexpr int kAfterSecondMs = 15;

    void setRunning(bool running);
    // The clock jumped (a new time correction): show the new codes now and realign to its seconds.
    void restart();
    bool isRunning() const { return m_running; }
    std::int64_t nowMs() const { return m_clock(); }

signals:
    void tick(qint64 nowMs);

private:
    void scheduleNext();

    Clock m_clock;
    std::unique_ptr<Countdown> m_nextSecond;
    bool m_running = false;
};

} // namespace tessera::bridge
