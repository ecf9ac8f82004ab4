#include "timesync/clock_measurement.h"

#include <array>
#include <cmath>
#include <chrono>

namespace tessera::timesync {
namespace {

struct SourceName
{
    TimeSource source;
    const char16_t *name;
};
constexpr std::array<SourceName, 4> kSourceNames{{
    {TimeSource::None, u"none"},
    {TimeSource::Sntp, u"sntp"},
    {TimeSource::Https, u"https"},
    {TimeSource::Manual, u"manual"},
}};

} // namespace

QString sourceName(TimeSource source)
{
    for (const SourceName &entry : kSourceNames)
        if (entry.source == source)
            return QString::fromUtf16(entry.name);
    return QStringLiteral("none");
}

TimeSource sourceFromName(const QString &name)
{
    for (const SourceName &entry : kSourceNames)
        if (name == QString::fromUtf16(entry.name))
            return entry.source;
    return TimeSource::None;
}

std::int64_t systemNowMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace tessera::timesync

namespace tessera::timesync {

bool needsConfirmation(const ClockMeasurement &measurement)
{
    return std::abs(measurement.offsetMs) > kLargeOffsetMs && !measurement.authenticated;
}

} // namespace tessera::timesync
