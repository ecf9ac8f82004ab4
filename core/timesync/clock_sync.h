#pragma once
// One "Sync now": SNTP first; when no SNTP server answers (UDP 123 blocked, offline), the HTTPS Date
// fallback. Reports one measurement, or one error that names what each source said.
// An SNTP offset above kLargeOffsetMs is checked against the HTTPS Date (authenticated by TLS): when it
// agrees within kConfirmationToleranceMs the measurement is marked authenticated; otherwise it is
// reported unauthenticated and the caller must not apply it without the user's yes.

#include "timesync/https_date_client.h"
#include "timesync/sntp_client.h"

#include <QObject>
#include <QPointer>

namespace tessera::timesync {

struct SyncOptions
{
    SntpOptions sntp;
    HttpsDateOptions https; // an empty URL turns the fallback off
};

class ClockSync : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<ClockMeasurement>)>;

    explicit ClockSync(SyncOptions options, QObject *parent = nullptr);

    // `done` is called exactly once, later, from the event loop. The worst case is the SNTP time limit
    // plus the HTTPS one.
    void start(Callback done);

private:
    void startFallback(const Error &sntpError);
    void confirm(ClockMeasurement sntp);

    SyncOptions m_options;
    Callback m_done;
    QPointer<SntpClient> m_sntp;
    QPointer<HttpsDateClient> m_https;
};

} // namespace tessera::timesync
