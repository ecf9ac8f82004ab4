#include "timesync/clock_sample.h"
#include "timesync/ntp_packet.h"

#include <QTest>
#include <QtEndian>

using namespace tessera;
using namespace tessera::timesync;

namespace {

constexpr NtpTimestamp kNonce = 0x0123456789abcdefULL;

// A well-formed server reply to kNonce; tests break one field at a time.
QByteArray serverReply()
{
    QByteArray reply(kNtpPacketSize, '\0');
    reply[0] = char((0 << 6) | (4 << 3) | 4); // LI 0, version 4, mode 4 (server)
    reply[1] = 2;                             // stratum
    qToBigEndian<quint32>(0x00000100, reply.data() + 4); // root delay 1/256 s
    qToBigEndian<quint32>(0x00000100, reply.data() + 8); // root dispersion
    qToBigEndian<quint64>(kNonce, reply.data() + 24);
    qToBigEndian<quint64>(ntpFromUnixMicros(1700000000000000), reply.data() + 32);
    qToBigEndian<quint64>(ntpFromUnixMicros(1700000000000100), reply.data() + 40);
    return reply;
}

} // namespace

class TestNtpPacket : public QObject
{
    Q_OBJECT
private slots:
    // RFC 5905 §6: the NTP era starts 1900-01-01, 2,208,988,800 s before the Unix epoch.
    void unixEpochInNtpTime()
    {
        QCOMPARE(ntpFromUnixMicros(0), NtpTimestamp(2208988800ULL) << 32);
        QCOMPARE(ntpFromUnixMicros(500000) & 0xffffffffu, NtpTimestamp(0x80000000u)); // half a second
    }
    // Era 1 begins 2036-02-07 06:28:16 UTC: the seconds field wraps to zero, differences stay right.
    void differencesSurviveTheEraWrap()
    {
        const std::int64_t wrapUnixSeconds = 4294967296LL - 2208988800LL;
        QCOMPARE(ntpFromUnixMicros(wrapUnixSeconds * 1000000) >> 32, NtpTimestamp(0));
        const NtpTimestamp before = ntpFromUnixMicros((wrapUnixSeconds - 1) * 1000000);
        const NtpTimestamp after = ntpFromUnixMicros((wrapUnixSeconds + 1) * 1000000);
        QCOMPARE(ntpDifferenceMs(before, after), 2000.0);
        QCOMPARE(ntpDifferenceMs(after, before), -2000.0);
    }
    void requestIsVersion4ClientWithTheNonceAsTransmitTime()
    {
        const QByteArray request = makeRequest(kNonce);
        QCOMPARE(request.size(), 48);
        QCOMPARE(quint8(request[0]), quint8(0x23)); // LI 0, VN 4, mode 3
        QCOMPARE(qFromBigEndian<quint64>(request.constData() + 40), kNonce);
        QCOMPARE(request.mid(1, 39), QByteArray(39, '\0')); // nothing else about us leaves the machine
    }
    void acceptsAWellFormedReply()
    {
        auto reply = parseReply(serverReply(), kNonce);
        QVERIFY(reply);
        QCOMPARE(reply->stratum, 2);
        QCOMPARE(reply->receive, ntpFromUnixMicros(1700000000000000));
        QCOMPARE(reply->transmit, ntpFromUnixMicros(1700000000000100));
        QCOMPARE(reply->rootDelayMs, 1000.0 / 256);
    }
    void rejectsBrokenReplies_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        QTest::addColumn<int>("problem");
        QByteArray r;
        QTest::newRow("short") << serverReply().left(47) << int(ReplyProblem::TooShort);
        r = serverReply(); r[0] = char((4 << 3) | 3);
        QTest::newRow("client mode") << r << int(ReplyProblem::NotAServerReply);
        r = serverReply(); r[0] = char((4 << 3) | 5);
        QTest::newRow("broadcast mode") << r << int(ReplyProblem::NotAServerReply);
        r = serverReply(); r[0] = char((0 << 3) | 4);
        QTest::newRow("version 0") << r << int(ReplyProblem::NotAServerReply);
        r = serverReply(); qToBigEndian<quint64>(kNonce + 1, r.data() + 24);
        QTest::newRow("wrong origin") << r << int(ReplyProblem::WrongOrigin);
        r = serverReply(); r[1] = 0; r.replace(12, 4, "RATE");
        QTest::newRow("kiss-o'-death") << r << int(ReplyProblem::KissOfDeath);
        r = serverReply(); r[0] = char((3 << 6) | (4 << 3) | 4);
        QTest::newRow("leap alarm") << r << int(ReplyProblem::Unsynchronised);
        r = serverReply(); r[1] = 16;
        QTest::newRow("stratum 16") << r << int(ReplyProblem::Unsynchronised);
        r = serverReply(); qToBigEndian<quint64>(0, r.data() + 40);
        QTest::newRow("zero transmit") << r << int(ReplyProblem::MissingTimestamps);
        r = serverReply(); qToBigEndian<quint64>(0, r.data() + 32);
        QTest::newRow("zero receive") << r << int(ReplyProblem::MissingTimestamps);
        r = serverReply(); qToBigEndian<quint32>(0x00200000, r.data() + 8); // 32 s of dispersion
        QTest::newRow("root dispersion") << r << int(ReplyProblem::ImplausibleRoot);
        // A forged kiss-o'-death must not silence a server: the origin is checked first.
        r = serverReply(); r[1] = 0; r.replace(12, 4, "DENY"); qToBigEndian<quint64>(7, r.data() + 24);
        QTest::newRow("forged kiss") << r << int(ReplyProblem::WrongOrigin);
    }
    void rejectsBrokenReplies()
    {
        QFETCH(QByteArray, datagram);
        QFETCH(int, problem);
        auto reply = parseReply(datagram, kNonce);
        QVERIFY(!reply);
        QCOMPARE(int(reply.error().problem), problem);
        QVERIFY(!describe(reply.error()).isEmpty());
    }
    void kissOfDeathNamesItsCode()
    {
        QByteArray r = serverReply();
        r[1] = 0;
        r.replace(12, 4, "DENY");
        QVERIFY(describe(parseReply(r, kNonce).error()).contains(QLatin1String("DENY")));
    }
    void longerRepliesWithExtensionsAreAccepted()
    {
        QVERIFY(parseReply(serverReply() + QByteArray(20, 'x'), kNonce));
    }

    // RFC 5905 §8 with round numbers: server 90 s ahead, 40 ms each way, 2 ms inside the server.
    void offsetAndDelayArithmetic()
    {
        const std::int64_t t1 = 1700000000000000;            // µs, our clock
        const std::int64_t t2 = t1 + 40000 + 90000000;       // arrives after 40 ms, server clock +90 s
        const std::int64_t t3 = t2 + 2000;                   // 2 ms to answer
        const std::int64_t t4 = t3 - 90000000 + 40000;       // back after 40 ms, our clock
        const ClockSample s = sampleFrom(ntpFromUnixMicros(t1), ntpFromUnixMicros(t2), ntpFromUnixMicros(t3),
                                         ntpFromUnixMicros(t4));
        QVERIFY(qAbs(s.offsetMs - 90000.0) < 0.001);
        QVERIFY(qAbs(s.delayMs - 80.0) < 0.001);
    }
    // An asymmetric path moves the offset by half the asymmetry, never more than half the delay.
    void asymmetricPathErrorIsBoundedByHalfTheDelay()
    {
        const std::int64_t t1 = 0, t2 = 10000 - 45000000, t3 = t2, t4 = 10000 + 70000;
        const ClockSample s = sampleFrom(ntpFromUnixMicros(t1), ntpFromUnixMicros(t2), ntpFromUnixMicros(t3),
                                         ntpFromUnixMicros(t4));
        QVERIFY(qAbs(s.offsetMs - -45000.0) <= s.delayMs / 2);
    }
    void bestSampleHasTheLeastDelay()
    {
        QVERIFY(!bestSample({}));
        const auto best = bestSample({{100, 30}, {90, 4}, {120, 50}});
        QCOMPARE(best->offsetMs, 90.0);
    }
};

QTEST_GUILESS_MAIN(TestNtpPacket)
#include "test_ntp_packet.moc"
