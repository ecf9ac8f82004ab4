#include "timesync/offset_agreement.h"

#include <algorithm>
#include <cmath>

namespace tessera::timesync {
namespace {

struct Bound
{
    double low;
    double high;
};

Bound boundOf(const ClockSample &sample)
{
    // The true offset lies within offset ± delay/2 (RFC 5905 §8), widened by the tolerance.
    const double error = sample.delayMs / 2 + kServerToleranceMs;
    return {sample.offsetMs - error, sample.offsetMs + error};
}

} // namespace

std::optional<Agreement> findAgreement(const std::vector<ServerSample> &samples)
{
    if (samples.empty())
        return std::nullopt;
    // For each candidate point (every interval's ends), the servers whose bound contains it. The best
    // point has the most servers; among equals, the one nearest zero.
    std::vector<double> points;
    for (const ServerSample &s : samples) {
        const Bound b = boundOf(s.sample);
        points.push_back(b.low);
        points.push_back(b.high);
        points.push_back(s.sample.offsetMs);
    }
    int bestCount = 0;
    double bestPoint = 0;
    for (double point : points) {
        const int count = int(std::count_if(samples.begin(), samples.end(), [&](const ServerSample &s) {
            const Bound b = boundOf(s.sample);
            return b.low <= point && point <= b.high;
        }));
        if (count > bestCount || (count == bestCount && std::abs(point) < std::abs(bestPoint))) {
            bestCount = count;
            bestPoint = point;
        }
    }
    Agreement agreement;
    agreement.agreeing = bestCount;
    agreement.consulted = int(samples.size());
    bool found = false;
    for (const ServerSample &s : samples) {
        const Bound b = boundOf(s.sample);
        if (b.low <= bestPoint && bestPoint <= b.high && (!found || s.sample.delayMs < agreement.best.sample.delayMs)) {
            agreement.best = s;
            found = true;
        }
    }
    return agreement;
}

} // namespace tessera::timesync
