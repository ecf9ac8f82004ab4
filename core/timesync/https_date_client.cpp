#include "timesync/https_date_client.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimeZone>

namespace tessera::timesync {
namespace {

// The true server time lies in [Date, Date + 1 s): take the middle and say so.
constexpr double kHalfSecondMs = 500;
constexpr double kHttpDatePrecisionMs = 1000;

} // namespace

QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    date.setTimeZone(QTimeZone::utc());
    return date;
}

HttpsDateClient::HttpsDateClient(HttpsDateOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_network(new QNetworkAccessManager(this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(fail(ErrorCode::TimeServerUnreachable,
                    QStringLiteral("%1: no answer within %2 ms").arg(m_options.url.host()).arg(m_options.timeoutMs)));
    });
}

HttpsDateClient::~HttpsDateClient()
{
    if (m_reply)
        m_reply->abort();
}

void HttpsDateClient::start(Callback done)
{
    m_done = std::move(done);
    if (m_options.url.scheme() != QLatin1String("https") || m_options.url.host().isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(fail(ErrorCode::InvalidTimeUrl, m_options.url.toString())); });
        return;
    }
    QNetworkRequest request(m_options.url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Cache-Control", "no-cache");
    request.setTransferTimeout(m_options.timeoutMs);
    if (!m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    m_deadline.start(m_options.timeoutMs);
    m_sentAtMicros = m_options.clock();
    m_reply = m_network->head(request);
    connect(m_reply, &QNetworkReply::encrypted, this, [this] { m_sentAtMicros = m_options.clock(); });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_headersAtMicros == 0)
            m_headersAtMicros = m_options.clock();
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpsDateClient::onFinished);
}

void HttpsDateClient::onFinished()
{
    const std::int64_t headersAtMicros = m_headersAtMicros != 0 ? m_headersAtMicros : m_options.clock();
    const QString host = m_options.url.host();
    const bool gotHttpAnswer = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    if (m_reply->error() != QNetworkReply::NoError && !gotHttpAnswer) {
        finish(fail(ErrorCode::TimeServerUnreachable, QStringLiteral("%1: %2").arg(host, m_reply->errorString())));
        return;
    }
    // Any HTTP answer carries the server's Date, a 404 or a redirect as much as a 200.
    const QDateTime date = parseHttpDate(m_reply->rawHeader("Date"));
    if (!date.isValid()) {
        finish(fail(ErrorCode::TimeServerUnreachable, QStringLiteral("%1: no valid Date header").arg(host)));
        return;
    }
    const double sentMs = m_sentAtMicros / 1000.0;
    const double headersMs = headersAtMicros / 1000.0;
    ClockMeasurement measurement;
    measurement.delayMs = std::max(headersMs - sentMs, 0.0);
    measurement.offsetMs = date.toMSecsSinceEpoch() + kHalfSecondMs - (sentMs + headersMs) / 2;
    measurement.precisionMs = kHttpDatePrecisionMs;
    measurement.server = m_options.url.toString(QUrl::RemoveUserInfo);
    measurement.source = TimeSource::Https;
    measurement.authenticated = m_options.url.scheme() == QLatin1String("https"); // TLS checked the server
    finish(measurement);
}

void HttpsDateClient::finish(Result<ClockMeasurement> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_done(std::move(result));
}

} // namespace tessera::timesync
