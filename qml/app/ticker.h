#pragma once
// The one clock that drives every row: fires just after each whole second of the (corrected) time,
// never faster, and not at all while paused (window hidden or minimised, vault locked).

#include "common/clock.h"

#include <QObject>
#include <QTimer>

namespace tessera::bridge {

class Ticker : public QObject
{
    Q_OBJECT
public:
    explicit Ticker(Clock clock, QObject *parent = nullptr);

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
    QTimer m_timer;
    bool m_running = false;
};

} // namespace tessera::bridge
