#pragma once
// Notices when the system clock jumps: someone (or an NTP daemon) set it, or the computer slept.
// A stored offset measured before a jump is wrong afterwards — the clock the user just fixed would be
// corrected a second time — so the app measures again. The wall clock is compared with a monotonic
// clock, which no one can set and which (on Linux) stands still during sleep.

#include "common/clock.h"

#include <cstdint>
#include <functional>

namespace tessera::timesync {

using MonotonicClock = std::function<std::int64_t()>; // milliseconds from an arbitrary start
std::int64_t steadyNowMs();

class ClockJumpDetector
{
public:
    explicit ClockJumpDetector(Clock wall = systemNowMs, MonotonicClock monotonic = steadyNowMs,
                               std::int64_t toleranceMs = 2000);

    // Whether the wall clock moved more than the tolerance against the monotonic clock since the last
    // call (or construction). Starts the next interval either way.
    bool check();

private:
    Clock m_wall;
    MonotonicClock m_monotonic;
    std::int64_t m_toleranceMs;
    std::int64_t m_lastWallMs;
    std::int64_t m_lastMonotonicMs;
};

} // namespace tessera::timesync
