#include "session/time_settings.h"

#include <cmath>

namespace tessera::session {
namespace {

const QString kServers = QStringLiteral("time/servers");
const QString kHttpsUrl = QStringLiteral("time/httpsUrl");
const QString kSyncAtStart = QStringLiteral("time/syncAtStart");
const QString kCorrectionEnabled = QStringLiteral("time/correctionEnabled");
const QString kSource = QStringLiteral("time/source");
const QString kOffsetMs = QStringLiteral("time/offsetMs");
const QString kPrecisionMs = QStringLiteral("time/precisionMs");
const QString kDelayMs = QStringLiteral("time/delayMs");
const QString kServer = QStringLiteral("time/server");
const QString kMeasuredAtMs = QStringLiteral("time/measuredAtMs");
const QString kAttemptAtMs = QStringLiteral("time/lastAttemptAtMs");
const QString kAttemptError = QStringLiteral("time/lastError");

} // namespace

QStringList defaultTimeServers()
{
    // Three independent operators; the pool name alone resolves to four servers.
    return {QStringLiteral("time.cloudflare.com"), QStringLiteral("time.google.com"), QStringLiteral("pool.ntp.org")};
}

QUrl defaultHttpsDateUrl()
{
    // Answers HEAD with an empty 204 and a Date header, from servers that keep good time.
    return QUrl(QStringLiteral("https://www.google.com/generate_204"));
}

TimePreferences TimeSettings::preferences() const
{
    TimePreferences p;
    if (m_settings.contains(kServers))
        p.servers = m_settings.value(kServers).toStringList();
    if (m_settings.contains(kHttpsUrl))
        p.httpsUrl = QUrl(m_settings.value(kHttpsUrl).toString());
    p.syncAtStart = m_settings.value(kSyncAtStart, p.syncAtStart).toBool();
    p.correctionEnabled = m_settings.value(kCorrectionEnabled, p.correctionEnabled).toBool();
    return p;
}

void TimeSettings::setPreferences(const TimePreferences &p)
{
    m_settings.setValue(kServers, p.servers);
    m_settings.setValue(kHttpsUrl, p.httpsUrl.toString());
    m_settings.setValue(kSyncAtStart, p.syncAtStart);
    m_settings.setValue(kCorrectionEnabled, p.correctionEnabled);
    m_settings.sync();
}

timesync::TimeCorrection TimeSettings::correction() const
{
    timesync::TimeCorrection c;
    c.source = timesync::sourceFromName(m_settings.value(kSource).toString());
    bool ok = false;
    c.offsetMs = m_settings.value(kOffsetMs).toDouble(&ok);
    if (!ok || !std::isfinite(c.offsetMs)) // a hand-edited or damaged value must not shift the codes
        return {};
    c.precisionMs = m_settings.value(kPrecisionMs).toDouble();
    c.delayMs = m_settings.value(kDelayMs).toDouble();
    c.server = m_settings.value(kServer).toString();
    c.measuredAtMs = m_settings.value(kMeasuredAtMs).toLongLong();
    return c;
}

void TimeSettings::setCorrection(const timesync::TimeCorrection &c)
{
    m_settings.setValue(kSource, sourceName(c.source));
    m_settings.setValue(kOffsetMs, c.offsetMs);
    m_settings.setValue(kPrecisionMs, c.precisionMs);
    m_settings.setValue(kDelayMs, c.delayMs);
    m_settings.setValue(kServer, c.server);
    m_settings.setValue(kMeasuredAtMs, qint64(c.measuredAtMs));
    m_settings.sync();
}

SyncAttempt TimeSettings::lastAttempt() const
{
    return {m_settings.value(kAttemptAtMs).toLongLong(), m_settings.value(kAttemptError).toString()};
}

void TimeSettings::setLastAttempt(const SyncAttempt &attempt)
{
    m_settings.setValue(kAttemptAtMs, qint64(attempt.atMs));
    m_settings.setValue(kAttemptError, attempt.error);
    m_settings.sync();
}

} // namespace tessera::session
