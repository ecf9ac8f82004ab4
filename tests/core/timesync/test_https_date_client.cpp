#include "fake_https_date_server.h"
#include "fake_ntp_server.h"
#include "timesync/clock_sync.h"
#include "timesync/https_date_client.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTimeZone>
#include <QUdpSocket>
#include <QTest>
#include <optional>

using namespace tessera;
using namespace tessera::timesync;

namespace {

template <typename Client, typename Options>
Result<ClockMeasurement> run(const Options &options, qint64 *elapsedMs = nullptr)
{
    std::optional<Result<ClockMeasurement>> result;
    QElapsedTimer elapsed;
    elapsed.start();
    Client client(options);
    client.start([&](Result<ClockMeasurement> r) { result = std::move(r); });
    while (!result && elapsed.elapsed() < 15000)
        QTest::qWait(5);
    if (!result)
        qFatal("no answer");
    if (elapsedMs)
        *elapsedMs = elapsed.elapsed();
    return *result;
}

QByteArray whyNot(const Result<ClockMeasurement> &r)
{
    return r ? QByteArray() : r.error().detail.toLocal8Bit();
}

HttpsDateOptions optionsFor(const FakeHttpsDateServer &server)
{
    HttpsDateOptions options;
    options.url = server.url();
    options.extraCaCertificates = {server.certificate()};
    return options;
}

} // namespace

class TestHttpsDateClient : public QObject
{
    Q_OBJECT
private slots:
    void parsesImfFixdate()
    {
        const QDateTime date = parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
        QCOMPARE(date, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc()));
        QVERIFY(!parseHttpDate("").isValid());
        QVERIFY(!parseHttpDate("yesterday").isValid());
        QVERIFY(!parseHttpDate("Sun, 06 Nov 1994 25:49:37 GMT").isValid());
    }
    void measuresAShiftedServer_data()
    {
        QTest::addColumn<qint64>("shiftMs");
        QTest::newRow("+90 s") << qint64(90000);
        QTest::newRow("-45 s") << qint64(-45000);
    }
    // The header has whole seconds, so the estimate is within a second; it is marked as such.
    void measuresAShiftedServer()
    {
        QFETCH(qint64, shiftMs);
        FakeHttpsDateServer server(shiftMs);
        const auto result = run<HttpsDateClient>(optionsFor(server));
        QVERIFY2(result, whyNot(result).constData());
        QVERIFY2(qAbs(result->offsetMs - shiftMs) <= 1000, qPrintable(QString::number(result->offsetMs)));
        QCOMPARE(result->precisionMs, 1000.0);
        QCOMPARE(result->source, TimeSource::Https);
        QCOMPARE(result->server, server.url().toString());
    }
    void refusesAnUntrustedCertificate()
    {
        FakeHttpsDateServer server(90000);
        HttpsDateOptions options = optionsFor(server);
        options.extraCaCertificates.clear();
        const auto result = run<HttpsDateClient>(options);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::TimeServerUnreachable);
        QCOMPARE(server.requests(), 0);
    }
    void refusesAnAnswerWithoutDate()
    {
        FakeHttpsDateServer server(0, false);
        const auto result = run<HttpsDateClient>(optionsFor(server));
        QVERIFY(!result);
        QVERIFY(result.error().detail.contains(QLatin1String("Date")));
    }
    void refusesPlainHttp()
    {
        HttpsDateOptions options;
        options.url = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        const auto result = run<HttpsDateClient>(options);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidTimeUrl);
    }
    // A server that accepts the connection and never answers costs the time limit, no more.
    void aHangingServerFailsWithinTheTimeLimit()
    {
        QTcpServer hanging;
        hanging.listen(QHostAddress::LocalHost, 0);
        HttpsDateOptions options;
        options.url = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(hanging.serverPort()));
        options.timeoutMs = 800;
        qint64 elapsed = 0;
        const auto result = run<HttpsDateClient>(options, &elapsed);
        QVERIFY(!result);
        QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed)));
    }
    // UDP 123 blocked (here: a closed port) → the sync falls back to HTTPS and says so in the result.
    void syncFallsBackToHttpsWhenSntpFails()
    {
        FakeHttpsDateServer server(90000);
        QUdpSocket probe;
        probe.bind(QHostAddress::LocalHost, 0);
        SyncOptions options;
        options.sntp.servers << *parseServerAddress(QStringLiteral("127.0.0.1:%1").arg(probe.localPort()));
        probe.close();
        options.https = optionsFor(server);
        const auto result = run<ClockSync>(options);
        QVERIFY2(result, whyNot(result).constData());
        QCOMPARE(result->source, TimeSource::Https);
        QVERIFY(qAbs(result->offsetMs - 90000) <= 1000);
    }
    // A forged SNTP reply a day off (an on-path attacker echoes the request) is not authenticated unless
    // the HTTPS Date, over TLS, agrees within 2 s; then a real clock a day off is corrected at once.
    void aLargeSntpOffsetNeedsTheHttpsDateToAgree_data()
    {
        QTest::addColumn<qint64>("httpsShiftMs");
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("HTTPS agrees") << qint64(86400000) << true;
        QTest::newRow("HTTPS says the clock is right") << qint64(0) << false;
        QTest::newRow("HTTPS 5 s away") << qint64(86405000) << false;
    }
    void aLargeSntpOffsetNeedsTheHttpsDateToAgree()
    {
        QFETCH(qint64, httpsShiftMs);
        QFETCH(bool, confirmed);
        FakeNtpServer forged(FakeNtpServer::Behaviour::Correct, 86400000);
        FakeHttpsDateServer https(httpsShiftMs);
        SyncOptions options;
        options.sntp.servers << *parseServerAddress(forged.address());
        options.https = optionsFor(https);
        const auto result = run<ClockSync>(options);
        QVERIFY2(result, whyNot(result).constData());
        QCOMPARE(result->source, TimeSource::Sntp);
        QVERIFY(qAbs(result->offsetMs - 86400000) < 50);
        QCOMPARE(https.requests(), 1);
        QCOMPARE(result->authenticated, confirmed);
        QCOMPARE(needsConfirmation(*result), !confirmed);
    }
    void aSmallOffsetNeedsNoConfirmation()
    {
        FakeNtpServer server(FakeNtpServer::Behaviour::Correct, 90000);
        FakeHttpsDateServer https(0);
        SyncOptions options;
        options.sntp.servers << *parseServerAddress(server.address());
        options.https = optionsFor(https);
        const auto result = run<ClockSync>(options);
        QVERIFY2(result, whyNot(result).constData());
        QCOMPARE(https.requests(), 0); // 90 s is below the 2-minute limit
        QVERIFY(!needsConfirmation(*result));
    }
    void anHttpsMeasurementIsAuthenticated()
    {
        FakeHttpsDateServer server(86400000);
        const auto result = run<HttpsDateClient>(optionsFor(server));
        QVERIFY2(result, whyNot(result).constData());
        QVERIFY(result->authenticated);
        QVERIFY(!needsConfirmation(*result));
    }
    void syncNamesEverySourceWhenAllFail()
    {
        QUdpSocket probe;
        probe.bind(QHostAddress::LocalHost, 0);
        SyncOptions options;
        options.sntp.servers << *parseServerAddress(QStringLiteral("127.0.0.1:%1").arg(probe.localPort()));
        probe.close();
        options.https.url = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(probe.localPort()));
        const auto result = run<ClockSync>(options);
        QVERIFY(!result);
        QVERIFY(result.error().detail.contains(QLatin1String("port closed")));
        QVERIFY(result.error().detail.count(QLatin1String("127.0.0.1")) >= 2);
    }
};

QTEST_GUILESS_MAIN(TestHttpsDateClient)
#include "test_https_date_client.moc"
