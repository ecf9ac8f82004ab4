#pragma once
// The SNTP arithmetic of RFC 5905 §8 on the four timestamps of one exchange:
//   t1 request sent (our clock)   t2 request received (server)   t3 reply sent (server)   t4 reply received (ours)
//   offset = ((t2 − t1) + (t3 − t4)) / 2        delay = (t4 − t1) − (t3 − t2)

#include "timesync/ntp_packet.h"

#include <optional>
#include <vector>

namespace tessera::timesync {

struct ClockSample
{
    double offsetMs = 0;
    double delayMs = 0;
};

ClockSample sampleFrom(NtpTimestamp t1, NtpTimestamp t2, NtpTimestamp t3, NtpTimestamp t4);

// The sample to trust: the one with the least round-trip delay, whose offset error is smallest
// (the error is bounded by half the delay). Nothing for an empty list.
std::optional<ClockSample> bestSample(const std::vector<ClockSample> &samples);

} // namespace tessera::timesync
