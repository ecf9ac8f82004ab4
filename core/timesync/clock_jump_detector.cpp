#include "timesync/clock_jump_detector.h"

#include <chrono>
#include <cstdlib>

namespace tessera::timesync {

std::int64_t steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

ClockJumpDetector::ClockJumpDetector(Clock wall, MonotonicClock monotonic, std::int64_t toleranceMs)
    : m_wall(std::move(wall)), m_monotonic(std::move(monotonic)), m_toleranceMs(toleranceMs),
      m_lastWallMs(m_wall()), m_lastMonotonicMs(m_monotonic())
{
}

bool ClockJumpDetector::check()
{
    const std::int64_t wall = m_wall();
    const std::int64_t monotonic = m_monotonic();
    const std::int64_t drift = (wall - m_lastWallMs) - (monotonic - m_lastMonotonicMs);
    m_lastWallMs = wall;
    m_lastMonotonicMs = monotonic;
    return std::llabs(drift) > m_toleranceMs;
}

} // namespace tessera::timesync
