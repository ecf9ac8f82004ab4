#include "otp/code_generator.h"
#include "otp/time_step.h"

#include <QTest>

using namespace tessera;

namespace {

// RFC 6238 Appendix B seeds: the ASCII digits repeated to the hash's block-ish length.
SecretBytes seedFor(otp::Algorithm algorithm)
{
    switch (algorithm) {
    case otp::Algorithm::Sha1:
        return SecretBytes::copyOf(std::string_view("12345678901234567890"));
    case otp::Algorithm::Sha256:
        return SecretBytes::copyOf(std::string_view("12345678901234567890123456789012"));
    case otp::Algorithm::Sha512:
        return SecretBytes::copyOf(
            std::string_view("1234567890123456789012345678901234567890123456789012345678901234"));
    }
    return {};
}

} // namespace

class TestTotp : public QObject
{
    Q_OBJECT
private slots:
    // RFC 6238 Appendix B, all three hashes, 8 digits, 30-second steps.
    void rfc6238AppendixB_data()
    {
        QTest::addColumn<qint64>("unixSeconds");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("code");
        struct Row
        {
            qint64 t;
            const char *sha1, *sha256, *sha512;
        };
        const Row rows[] = {
            {59, "94287082", "46119246", "90693936"},
            {1111111109, "07081804", "68084774", "25091201"},
            {1111111111, "14050471", "67062674", "99943326"},
            {1234567890, "89005924", "91819424", "93441116"},
            {2000000000, "69279037", "90698825", "38618901"},
            {20000000000, "65353130", "77737706", "47863826"},
        };
        for (const Row &r : rows) {
            QTest::addRow("%lld SHA1", r.t) << r.t << int(otp::Algorithm::Sha1) << QString::fromLatin1(r.sha1);
            QTest::addRow("%lld SHA256", r.t) << r.t << int(otp::Algorithm::Sha256) << QString::fromLatin1(r.sha256);
            QTest::addRow("%lld SHA512", r.t) << r.t << int(otp::Algorithm::Sha512) << QString::fromLatin1(r.sha512);
        }
    }
    void rfc6238AppendixB()
    {
        QFETCH(qint64, unixSeconds);
        QFETCH(int, algorithm);
        QFETCH(QString, code);
        otp::OtpParams params;
        params.algorithm = static_cast<otp::Algorithm>(algorithm);
        params.digits = 8;
        auto generated = otp::generate(params, seedFor(params.algorithm), unixSeconds * 1000);
        QVERIFY(generated);
        QCOMPARE(QString::fromStdString(*generated), code);
    }

    // dim13/otpauth's check: JBSWY3DPEHPK3PXP at 2009-11-10T23:00:00Z.
    void knownSixDigitCode()
    {
        const QByteArray key = QByteArray::fromHex("48656c6c6f21deadbeef"); // Base32 JBSWY3DPEHPK3PXP
        auto secret = SecretBytes::copyOf(std::string_view(key.constData(), 10));
        QCOMPARE(QString::fromStdString(*otp::generate({}, secret, 1257894000LL * 1000)), QStringLiteral("528064"));
    }

    void timeStepIsFlooredAndSurvives2038And2106_data()
    {
        QTest::addColumn<qint64>("unixMs");
        QTest::addColumn<qint64>("period");
        QTest::addColumn<quint64>("step");
        QTest::newRow("epoch") << qint64(0) << qint64(30) << quint64(0);
        QTest::newRow("last ms of step 0") << qint64(29999) << qint64(30) << quint64(0);
        QTest::newRow("first ms of step 1") << qint64(30000) << qint64(30) << quint64(1);
        QTest::newRow("2038 overflow") << qint64(2147483648LL) * 1000 << qint64(30) << quint64(71582788);
        QTest::newRow("2106 overflow") << qint64(4294967296LL) * 1000 << qint64(30) << quint64(143165576);
        QTest::newRow("year 9999") << qint64(253402300799LL) * 1000 << qint64(30) << quint64(8446743359LL);
        QTest::newRow("period 1") << qint64(1234567) << qint64(1) << quint64(1234);
        QTest::newRow("period 60") << qint64(120000) << qint64(60) << quint64(2);
    }
    void timeStepIsFlooredAndSurvives2038And2106()
    {
        QFETCH(qint64, unixMs);
        QFETCH(qint64, period);
        QFETCH(quint64, step);
        QCOMPARE(*otp::timeStep(unixMs, period), step);
    }

    void timeBefore1970IsRefused()
    {
        QCOMPARE(otp::timeStep(-1000, 30).error().code, ErrorCode::InvalidTime);
        QCOMPARE(otp::generate({}, seedFor(otp::Algorithm::Sha1), -1).error().code, ErrorCode::InvalidTime);
    }

    void secondsRemainingCountsDown()
    {
        QCOMPARE(otp::secondsRemaining(0, 30), 30);
        QCOMPARE(otp::secondsRemaining(999, 30), 30);
        QCOMPARE(otp::secondsRemaining(1000, 30), 29);
        QCOMPARE(otp::secondsRemaining(29999, 30), 1);
        QCOMPARE(otp::secondsRemaining(30000, 30), 30);
        QCOMPARE(otp::secondsRemaining(4294967296LL * 1000, 30), 30 - int(4294967296LL % 30));
        QCOMPARE(otp::secondsRemaining(5000, 1), 1);
    }

    void codeChangesExactlyAtTheStepBoundary()
    {
        const auto secret = seedFor(otp::Algorithm::Sha1);
        const auto a = *otp::generate({}, secret, 29999);
        const auto b = *otp::generate({}, secret, 0);
        const auto c = *otp::generate({}, secret, 30000);
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "test_totp.moc"
