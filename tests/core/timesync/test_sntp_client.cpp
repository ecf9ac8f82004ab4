#include "fake_ntp_server.h"
#include "timesync/sntp_client.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace tessera;
using namespace tessera::timesync;
using Behaviour = FakeNtpServer::Behaviour;

namespace {

SntpOptions optionsFor(const QStringList &servers)
{
    SntpOptions options;
    for (const QString &s : servers)
        options.servers << *parseServerAddress(s);
    options.queryTimeoutMs = 200;
    options.overallTimeoutMs = 1500;
    return options;
}

struct Outcome
{
    std::optional<Result<ClockMeasurement>> result;
    qint64 elapsedMs = 0;
};

Outcome runSync(const SntpOptions &options)
{
    Outcome outcome;
    QElapsedTimer elapsed;
    elapsed.start();
    SntpClient client(options);
    int calls = 0;
    client.start([&](Result<ClockMeasurement> r) {
        ++calls;
        outcome.result = std::move(r);
    });
    QElapsedTimer guard;
    guard.start();
    while (!outcome.result && guard.elapsed() < 10000)
        QTest::qWait(5);
    if (!outcome.result)
        qFatal("the client never called back");
    outcome.elapsedMs = elapsed.elapsed();
    QTest::qWait(50); // nothing may call back a second time
    if (calls != 1)
        qFatal("the callback ran %d times", calls);
    return outcome;
}

// The error detail for a failure message; empty for a success (error() on a value is undefined).
QByteArray whyNot(const Result<ClockMeasurement> &r)
{
    return r ? QByteArray() : r.error().detail.toLocal8Bit();
}

} // namespace

class TestSntpClient : public QObject
{
    Q_OBJECT
private slots:
    void measuresAServerAhead()
    {
        FakeNtpServer server(Behaviour::Correct, 90000);
        const Outcome o = runSync(optionsFor({server.address()}));
        QVERIFY2(o.result->has_value(), whyNot(*o.result).constData());
        QVERIFY2(qAbs((*o.result)->offsetMs - 90000) < 5, qPrintable(QString::number((*o.result)->offsetMs)));
        QCOMPARE((*o.result)->source, TimeSource::Sntp);
        QCOMPARE((*o.result)->server, server.address());
        QCOMPARE(server.requests(), 4); // several samples from one server
    }
    void measuresAServerBehind()
    {
        FakeNtpServer server(Behaviour::Correct, -45000);
        const Outcome o = runSync(optionsFor({server.address()}));
        QVERIFY(o.result->has_value());
        QVERIFY(qAbs((*o.result)->offsetMs + 45000) < 5);
    }
    // The clock under test is our own, faked 30 s slow; the server tells the truth.
    void correctsAFakeSlowClock()
    {
        FakeNtpServer server(Behaviour::Correct, 0);
        SntpOptions options = optionsFor({server.address()});
        options.clock = [] { return systemNowMicros() - 30000000; };
        const Outcome o = runSync(options);
        QVERIFY(qAbs((*o.result)->offsetMs - 30000) < 5);
    }
    // Each request carries a fresh random nonce, never the time: replies cannot be predicted.
    void everyRequestHasItsOwnNonce()
    {
        FakeNtpServer server(Behaviour::Correct);
        runSync(optionsFor({server.address()}));
        QList<quint64> nonces = server.nonces();
        std::sort(nonces.begin(), nonces.end());
        QVERIFY(std::adjacent_find(nonces.begin(), nonces.end()) == nonces.end());
    }
    // Both servers agree; server A is 75 ms off in the measurement because of a slow path, server B
    // answers at once: of those that agree, the sample with the least delay is kept.
    void keepsTheSampleWithTheLeastDelay()
    {
        FakeNtpServer slow(Behaviour::Correct, 2000, 150);
        FakeNtpServer fast(Behaviour::Correct, 2000, 0);
        SntpOptions options = optionsFor({slow.address(), fast.address()});
        options.queryTimeoutMs = 400;
        const Outcome o = runSync(options);
        QVERIFY(qAbs((*o.result)->offsetMs - 2000) < 5);
        QCOMPARE((*o.result)->server, fast.address());
        QVERIFY((*o.result)->precisionMs < 5);
    }
    // One server answers first with a time a day ahead; the two slower ones agree with each other. The
    // fastest reply used to win; now the majority does.
    void theServersThatAgreeOutvoteAFastLiar()
    {
        FakeNtpServer liar(Behaviour::Correct, 86400000, 0);
        FakeNtpServer honestA(Behaviour::Correct, 300, 20);
        FakeNtpServer honestB(Behaviour::Correct, 350, 40);
        SntpOptions options = optionsFor({liar.address(), honestA.address(), honestB.address()});
        options.queryTimeoutMs = 400;
        const Outcome o = runSync(options);
        QVERIFY2(o.result->has_value(), whyNot(*o.result).constData());
        QVERIFY2(qAbs((*o.result)->offsetMs - 300) < 150, qPrintable(QString::number((*o.result)->offsetMs)));
        QVERIFY((*o.result)->server != liar.address());
        QCOMPARE((*o.result)->agreeing, 2);
        QCOMPARE((*o.result)->consulted, 3);
    }
    // Two servers that disagree and nothing to tell them apart: the smaller correction is taken, and
    // the measurement says only one of two agreed.
    void aTieMovesTheClockLeast()
    {
        FakeNtpServer ahead(Behaviour::Correct, 86400000, 0);
        FakeNtpServer close(Behaviour::Correct, 500, 30);
        const Outcome o = runSync(optionsFor({ahead.address(), close.address()}));
        QVERIFY2(o.result->has_value(), whyNot(*o.result).constData());
        QVERIFY(qAbs((*o.result)->offsetMs - 500) < 100);
        QCOMPARE((*o.result)->agreeing, 1);
        QCOMPARE((*o.result)->consulted, 2);
    }
    void keepsWorkingServersBesideBrokenOnes()
    {
        FakeNtpServer good(Behaviour::Correct, 500);
        FakeNtpServer bad(Behaviour::Garbage);
        FakeNtpServer silent(Behaviour::Silent);
        const Outcome o = runSync(optionsFor({bad.address(), silent.address(), good.address()}));
        QVERIFY(qAbs((*o.result)->offsetMs - 500) < 5);
    }
    void rejectsAReplyWithTheWrongOrigin()
    {
        FakeNtpServer server(Behaviour::WrongOrigin, 90000);
        const Outcome o = runSync(optionsFor({server.address()}));
        QVERIFY(!o.result->has_value());
        QCOMPARE(o.result->error().code, ErrorCode::TimeServerUnreachable);
        QVERIFY2(whyNot(*o.result).contains("wrong origin"), whyNot(*o.result).constData());
    }
    void ignoresAForgedReplyThatArrivesFirst()
    {
        FakeNtpServer server(Behaviour::SpoofThenAnswer, 1234);
        const Outcome o = runSync(optionsFor({server.address()}));
        QVERIFY(o.result->has_value());
        // The real answer left 20 ms late, so its own error is up to half of that.
        QVERIFY(qAbs((*o.result)->offsetMs - 1234) <= (*o.result)->precisionMs + 5);
    }
    void stopsAskingAfterKissOfDeath()
    {
        FakeNtpServer server(Behaviour::KissOfDeath);
        const Outcome o = runSync(optionsFor({server.address()}));
        QVERIFY(!o.result->has_value());
        QVERIFY(o.result->error().detail.contains(QLatin1String("RATE")));
        QCOMPARE(server.requests(), 1);
        QVERIFY(o.elapsedMs < 1000);
    }
    void rejectsAnUnsynchronisedServer()
    {
        FakeNtpServer server(Behaviour::Unsynchronised);
        const Outcome o = runSync(optionsFor({server.address()}));
        QVERIFY(!o.result->has_value());
        QVERIFY(o.result->error().detail.contains(QLatin1String("not synchronised")));
    }
    void rejectsGarbage()
    {
        FakeNtpServer server(Behaviour::Garbage);
        const Outcome o = runSync(optionsFor({server.address()}));
        QVERIFY(!o.result->has_value());
        QVERIFY(o.result->error().detail.contains(server.address()));
    }
    // A server that never answers costs at most the overall limit, not samples × query timeout.
    void aSilentServerFailsWithinTheTimeLimit()
    {
        FakeNtpServer server(Behaviour::Silent);
        SntpOptions options = optionsFor({server.address()});
        options.queryTimeoutMs = 1000;
        options.overallTimeoutMs = 1200;
        const Outcome o = runSync(options);
        QVERIFY(!o.result->has_value());
        QVERIFY2(o.elapsedMs >= 1100 && o.elapsedMs < 2000, qPrintable(QString::number(o.elapsedMs)));
    }
    void aClosedPortFailsAtOnce()
    {
        QUdpSocket probe; // a port that was free a moment ago
        probe.bind(QHostAddress::LocalHost, 0);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(probe.localPort());
        probe.close();
        const Outcome o = runSync(optionsFor({address}));
        QVERIFY(!o.result->has_value());
        QVERIFY(o.elapsedMs < 1000);
    }
    void anUnknownNameFails()
    {
        const Outcome o = runSync(optionsFor({QStringLiteral("no-such-host.invalid")}));
        QVERIFY(!o.result->has_value());
        QVERIFY(o.result->error().detail.contains(QLatin1String("no-such-host.invalid")));
    }
    void noServersIsAnError()
    {
        const Outcome o = runSync(optionsFor({}));
        QVERIFY(!o.result->has_value());
    }
};

QTEST_GUILESS_MAIN(TestSntpClient)
#include "test_sntp_client.moc"
