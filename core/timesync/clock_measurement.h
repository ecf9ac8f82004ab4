#pragma once
// What one clock measurement found: how far this computer's clock is from true time.

#include <QString>
#include <cstdint>
#include <functional>

namespace tessera::timesync {

// Where an offset came from. Stored by name in the settings, so only append.
enum class TimeSource { None, Sntp, Https, Manual };

QString sourceName(TimeSource source);        // "sntp", "https", "manual", "none"
TimeSource sourceFromName(const QString &name); // unknown names → None

struct ClockMeasurement
{
    double offsetMs = 0;    // true time − system time: positive when this clock is behind
    double delayMs = 0;     // round trip of the exchange that gave the offset
    double precisionMs = 0; // the true offset lies within offsetMs ± precisionMs
    QString server;         // HOST:PORT for SNTP, the URL for HTTPS
    TimeSource source = TimeSource::None;
    int agreeing = 1;       // SNTP: servers that agree with this offset, of
    int consulted = 1;      // the servers that answered
    // Vouched for by TLS: measured over HTTPS, or confirmed by the HTTPS Date within 2 s. Plain SNTP can
    // be forged by anyone on the path, so a large offset from it alone needs the user's yes.
    bool authenticated = false;
};

// Above this an offset is applied only when authenticated or confirmed by the user.
inline constexpr double kLargeOffsetMs = 2 * 60 * 1000;
// How close the HTTPS Date must come to an SNTP offset to confirm it (the header has whole seconds).
inline constexpr double kConfirmationToleranceMs = 2000;

// True for an offset above kLargeOffsetMs that no authenticated source confirmed.
bool needsConfirmation(const ClockMeasurement &measurement);

// Microseconds since the Unix epoch; the exchange timestamps t1 and t4. Injected so tests can fake it.
using MicroClock = std::function<std::int64_t()>;
std::int64_t systemNowMicros();

} // namespace tessera::timesync
