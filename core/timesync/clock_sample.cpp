#include "timesync/clock_sample.h"

#include <algorithm>

namespace tessera::timesync {

ClockSample sampleFrom(NtpTimestamp t1, NtpTimestamp t2, NtpTimestamp t3, NtpTimestamp t4)
{
    ClockSample sample;
    sample.offsetMs = (ntpDifferenceMs(t1, t2) + ntpDifferenceMs(t4, t3)) / 2;
    sample.delayMs = ntpDifferenceMs(t1, t4) - ntpDifferenceMs(t2, t3);
    return sample;
}

std::optional<ClockSample> bestSample(const std::vector<ClockSample> &samples)
{
    if (samples.empty())
        return std::nullopt;
    return *std::min_element(samples.begin(), samples.end(),
                             [](const ClockSample &a, const ClockSample &b) { return a.delayMs < b.delayMs; });
}

} // namespace tessera::timesync
