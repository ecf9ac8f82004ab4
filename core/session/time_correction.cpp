#include "session/time_correction.h"

#include <cmath>

namespace tessera::session {
namespace {

constexpr double kMaxOffsetSeconds = 50.0 * 365.25 * 24 * 3600;

} // namespace

QList<timesync::ServerAddress> parseServerList(const QStringList &servers)
{
    QList<timesync::ServerAddress> parsed;
    for (const QString &text : servers)
        if (auto address = timesync::parseServerAddress(text))
            parsed << *address;
    return parsed;
}

timesync::SyncOptions syncOptionsFrom(const session::TimePreferences &preferences)
{
    timesync::SyncOptions options;
    options.sntp.servers = session::parseServerList(preferences.servers);
    options.https.url = preferences.httpsUrl;
    return options;
}

SyncOutcome recordSync(QSettings &settings, const Result<timesync::ClockMeasurement> &result,
                       std::int64_t systemNowMs)
{
    session::TimeSettings stored(settings);
    stored.setLastAttempt({systemNowMs, result ? QString() : result.error().detail});
    if (!result)
        return SyncOutcome::Failed;
    if (timesync::needsConfirmation(*result))
        return SyncOutcome::NeedsConfirmation;
    stored.setCorrection(timesync::correctionFrom(*result, systemNowMs));
    return SyncOutcome::Applied;
}

void acceptMeasurement(QSettings &settings, const timesync::ClockMeasurement &measurement, std::int64_t systemNowMs)
{
    session::TimeSettings(settings).setCorrection(timesync::correctionFrom(measurement, systemNowMs));
}

Result<double> parseOffsetSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || std::abs(seconds) > kMaxOffsetSeconds)
        return fail(ErrorCode::InvalidTimeOffset, text);
    return seconds;
}

void setManualOffset(QSettings &settings, double offsetMs, std::int64_t systemNowMs)
{
    timesync::TimeCorrection correction;
    correction.source = timesync::TimeSource::Manual;
    correction.offsetMs = offsetMs;
    correction.measuredAtMs = systemNowMs;
    session::TimeSettings stored(settings);
    stored.setCorrection(correction);
    stored.setLastAttempt({});
}

void resetCorrection(QSettings &settings)
{
    session::TimeSettings stored(settings);
    stored.setCorrection({});
    stored.setLastAttempt({});
}

} // namespace tessera::session
