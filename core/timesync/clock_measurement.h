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
};

// Microseconds since the Unix epoch; the exchange timestamps t1 and t4. Injected so tests can fake it.
using MicroClock = std::function<std::int64_t()>;
std::int64_t systemNowMicros();

} // namespace tessera::timesync
