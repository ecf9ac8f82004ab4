#pragma once
// The time codes are made for: the system clock plus the measured (or manual) offset. One place decides
// whether the offset applies, so the GUI and the CLI can never disagree.

#include "common/clock.h"
#include "timesync/clock_measurement.h"

#include <QString>

namespace tessera::timesync {

// The last correction that was measured or entered, as kept in the settings.
struct TimeCorrection
{
    TimeSource source = TimeSource::None;
    double offsetMs = 0;
    double precisionMs = 0;
    double delayMs = 0;
    QString server;
    std::int64_t measuredAtMs = 0; // system clock when it was measured or entered
};

TimeCorrection correctionFrom(const ClockMeasurement &measurement, std::int64_t measuredAtMs);

class CorrectedClock
{
public:
    explicit CorrectedClock(Clock systemClock = systemNowMs);

    void setCorrection(const TimeCorrection &correction) { m_correction = correction; }
    const TimeCorrection &correction() const { return m_correction; }

    // Off means the system clock is used as it is (the user's choice, or --no-time-correction).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // The offset in whole milliseconds that nowMs() adds: 0 when off or never measured.
    std::int64_t appliedOffsetMs() const;
    std::int64_t nowMs() const;

    // A Clock for code that takes one (the ticker, session calls). It refers to this object.
    Clock asClock() const;

private:
    Clock m_systemClock;
    TimeCorrection m_correction;
    bool m_enabled = true;
};

} // namespace tessera::timesync
