#include "timesync/corrected_clock.h"

#include <cmath>

namespace tessera::timesync {

TimeCorrection correctionFrom(const ClockMeasurement &measurement, std::int64_t measuredAtMs)
{
    TimeCorrection correction;
    correction.source = measurement.source;
    correction.offsetMs = measurement.offsetMs;
    correction.precisionMs = measurement.precisionMs;
    correction.delayMs = measurement.delayMs;
    correction.server = measurement.server;
    correction.measuredAtMs = measuredAtMs;
    return correction;
}

CorrectedClock::CorrectedClock(Clock systemClock) : m_systemClock(std::move(systemClock)) {}

std::int64_t CorrectedClock::appliedOffsetMs() const
{
    if (!m_enabled || m_correction.source == TimeSource::None || !std::isfinite(m_correction.offsetMs))
        return 0;
    return std::llround(m_correction.offsetMs);
}

std::int64_t CorrectedClock::nowMs() const
{
    return m_systemClock() + appliedOffsetMs();
}

Clock CorrectedClock::asClock() const
{
    return [this] { return nowMs(); };
}

} // namespace tessera::timesync
