#pragma once
// Which servers to believe when several answer: the largest group whose offsets are consistent within
// their error bounds (the idea of NTP's intersection algorithm, RFC 5905 §11.2.1), not the fastest
// reply. A single forged or broken server that answers quickly cannot outvote the others. When groups
// are equally large the one that moves the clock least is taken: a correction is only ever a change
// the evidence forces.

#include "timesync/clock_sample.h"

#include <QString>
#include <optional>
#include <vector>

namespace tessera::timesync {

// Each server's bound also allows for its own clock's error and jitter beyond the round trip.
inline constexpr double kServerToleranceMs = 100;

struct ServerSample
{
    QString server;
    ClockSample sample;
};

struct Agreement
{
    ServerSample best;       // the sample with the least delay among those that agree
    int agreeing = 0;        // how many servers agree with it
    int consulted = 0;       // how many servers answered
};

std::optional<Agreement> findAgreement(const std::vector<ServerSample> &samples);

} // namespace tessera::timesync
