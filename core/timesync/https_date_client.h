#pragma once
// The fallback where UDP port 123 is blocked (common on corporate networks): the time from the `Date`
// header of an HTTPS response (RFC 9110 §6.6.1). TLS makes the answer authentic; the header has whole
// seconds only, so the measurement is marked ±1 s.
// The exchange is timed from the end of the TLS handshake to the arrival of the headers, so DNS and the
// handshake do not widen the window the server's clock was read in.

#include "common/error.h"
#include "timesync/clock_measurement.h"

#include <QDateTime>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace tessera::timesync {

struct HttpsDateOptions
{
    QUrl url;
    int timeoutMs = 2000;
    MicroClock clock = systemNowMicros;
    // Trusted in addition to the system's authorities (a company proxy's CA; a test's own certificate).
    QList<QSslCertificate> extraCaCertificates;
};

// Parses an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); an invalid QDateTime for anything else.
QDateTime parseHttpDate(const QByteArray &value);

class HttpsDateClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<ClockMeasurement>)>;

    explicit HttpsDateClient(HttpsDateOptions options, QObject *parent = nullptr);
    ~HttpsDateClient() override;

    // Sends one HEAD request; `done` is called exactly once, later, from the event loop.
    void start(Callback done);

private:
    void finish(Result<ClockMeasurement> result);
    void onFinished();

    HttpsDateOptions m_options;
    Callback m_done;
    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_reply = nullptr;
    QTimer m_deadline;
    std::int64_t m_sentAtMicros = 0;
    std::int64_t m_headersAtMicros = 0;
    bool m_finished = false;
};

} // namespace tessera::timesync
