#include "session/time_status_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace tessera::session {
namespace {

// Within this the clock is called accurate: far below what any 30-second code notices.
constexpr double kAccurateMs = 50;

class TimeSentences
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TimeStatus)
public:
    static QString duration(double ms);
    static QString status(const timesync::TimeCorrection &c, bool corrected, bool lastCheckFailed);
    static ClockSummary summary(const timesync::TimeCorrection &c, bool corrected, bool lastCheckFailed);
    static QString source(const timesync::TimeCorrection &c);
    static QString question(const timesync::ClockMeasurement &m);
};

QString TimeSentences::question(const timesync::ClockMeasurement &m)
{
    const QString amount = duration(m.offsetMs);
    const QString why = m.consulted > 1 && m.agreeing < m.consulted
                            ? tr("%1 of %2 time servers say so, and no secure source confirmed it.").arg(m.agreeing).arg(m.consulted)
                            : tr("No secure source confirmed it, and a forged time reply could claim this.");
    return (m.offsetMs > 0 ? tr("Your clock seems %1 behind — correct codes by that much?")
                           : tr("Your clock seems %1 ahead — correct codes by that much?"))
               .arg(amount) +
           QLatin1Char(' ') + why;
}

QString TimeSentences::duration(double ms)
{
    const double a = std::abs(ms);
    const QLocale locale;
    if (a < 10) // at least 0.1: a precision rounded down to 0.0 would claim too much
        return tr("%1 ms").arg(locale.toString(std::max(a, 0.1), 'f', 1));
    if (a < 1000)
        return tr("%1 ms").arg(locale.toString(std::llround(a)));
    if (a < 100000)
        return tr("%1 s").arg(locale.toString(a / 1000, 'f', 1));
    const auto seconds = std::llround(a / 1000);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 48 * 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return tr("%1 days").arg(locale.toString(seconds / 86400));
}

QString TimeSentences::status(const timesync::TimeCorrection &c, bool corrected, bool lastCheckFailed)
{
    using timesync::TimeSource;
    if (c.source == TimeSource::None)
        return lastCheckFailed ? tr("The clock could not be checked: no time server answered.")
                               : tr("The clock has not been checked yet.");
    if (c.source == TimeSource::Manual) {
        if (c.offsetMs == 0)
            return tr("Codes use the system clock.");
        return corrected ? tr("Codes are shifted by %1%2 (set by hand).")
                               .arg(c.offsetMs > 0 ? QStringLiteral("+") : QStringLiteral("−"), duration(c.offsetMs))
                         : tr("A shift of %1%2 is set by hand but correction is turned off.")
                               .arg(c.offsetMs > 0 ? QStringLiteral("+") : QStringLiteral("−"), duration(c.offsetMs));
    }
    if (std::abs(c.offsetMs) <= std::max(kAccurateMs, c.precisionMs))
        return tr("Clock is accurate (±%1).").arg(duration(c.precisionMs));
    // A positive offset means true time is later than this clock: the clock is behind.
    const QString amount = duration(c.offsetMs);
    if (corrected)
        return c.offsetMs > 0 ? tr("Your clock is %1 behind — codes are corrected.").arg(amount)
                              : tr("Your clock is %1 ahead — codes are corrected.").arg(amount);
    return c.offsetMs > 0 ? tr("Your clock is %1 behind — codes are not corrected.").arg(amount)
                          : tr("Your clock is %1 ahead — codes are not corrected.").arg(amount);
}

ClockSummary TimeSentences::summary(const timesync::TimeCorrection &c, bool corrected, bool lastCheckFailed)
{
    using timesync::TimeSource;
    if (c.source == TimeSource::None)
        return {tr("Clock unchecked"), true};
    if (c.source == TimeSource::Manual)
        return {c.offsetMs == 0 ? tr("System clock") : tr("Clock shifted by hand"), false};
    if (std::abs(c.offsetMs) <= std::max(kAccurateMs, c.precisionMs))
        return {tr("Clock OK"), lastCheckFailed};
    if (corrected)
        return {tr("Clock corrected"), lastCheckFailed};
    return {tr("Clock %1 off").arg(duration(c.offsetMs)), true};
}

QString TimeSentences::source(const timesync::TimeCorrection &c)
{
    using timesync::TimeSource;
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.measuredAtMs), QLocale::ShortFormat);
    switch (c.source) {
    case TimeSource::None:
        return {};
    case TimeSource::Manual:
        return tr("Set by hand on %1.").arg(when);
    case TimeSource::Sntp:
        return tr("Measured with %1 (SNTP, ±%2) on %3.").arg(c.server, duration(c.precisionMs), when);
    case TimeSource::Https:
        return tr("Measured with %1 (HTTPS, ±%2) on %3.").arg(c.server, duration(c.precisionMs), when);
    }
    return {};
}

} // namespace

QString largeOffsetQuestion(const timesync::ClockMeasurement &measurement)
{
    return TimeSentences::question(measurement);
}

QString formatDuration(double ms)
{
    return TimeSentences::duration(ms);
}

QString clockStatusText(const timesync::TimeCorrection &correction, bool corrected, bool lastCheckFailed)
{
    return TimeSentences::status(correction, corrected, lastCheckFailed);
}

ClockSummary clockSummary(const timesync::TimeCorrection &correction, bool corrected, bool lastCheckFailed)
{
    return TimeSentences::summary(correction, corrected, lastCheckFailed);
}

QString correctionSourceText(const timesync::TimeCorrection &correction)
{
    return TimeSentences::source(correction);
}

} // namespace tessera::session
