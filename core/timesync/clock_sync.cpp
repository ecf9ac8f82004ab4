#include "timesync/clock_sync.h"

#include <cmath>

namespace tessera::timesync {

ClockSync::ClockSync(SyncOptions options, QObject *parent) : QObject(parent), m_options(std::move(options)) {}

void ClockSync::start(Callback done)
{
    m_done = std::move(done);
    m_sntp = new SntpClient(m_options.sntp, this);
    m_sntp->start([this](Result<ClockMeasurement> result) {
        m_sntp->deleteLater();
        if (result && needsConfirmation(*result) && !m_options.https.url.isEmpty()) {
            confirm(*result);
            return;
        }
        if (result || m_options.https.url.isEmpty()) {
            m_done(std::move(result));
            return;
        }
        startFallback(result.error());
    });
}

void ClockSync::startFallback(const Error &sntpError)
{
    m_https = new HttpsDateClient(m_options.https, this);
    m_https->start([this, sntpError](Result<ClockMeasurement> result) {
        m_https->deleteLater();
        if (!result && result.error().code == ErrorCode::TimeServerUnreachable)
            result = fail(ErrorCode::TimeServerUnreachable,
                          QStringLiteral("%1; %2").arg(sntpError.detail, result.error().detail));
        m_done(std::move(result));
    });
}

void ClockSync::confirm(ClockMeasurement sntp)
{
    m_https = new HttpsDateClient(m_options.https, this);
    m_https->start([this, sntp](Result<ClockMeasurement> https) mutable {
        m_https->deleteLater();
        // Only an authenticated answer that agrees confirms; anything else leaves the decision to the user.
        sntp.authenticated = https && https->authenticated &&
                             std::abs(https->offsetMs - sntp.offsetMs) <= kConfirmationToleranceMs;
        m_done(sntp);
    });
}

} // namespace tessera::timesync
