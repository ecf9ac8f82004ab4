#include "otp/otp_params.h"

#include <QTest>

using namespace tessera;

class TestOtpParams : public QObject
{
    Q_OBJECT
private slots:
    void parsesAlgorithmsInAnyCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("algorithm");
        QTest::newRow("SHA1") << "SHA1" << int(otp::Algorithm::Sha1);
        QTest::newRow("sha1") << "sha1" << int(otp::Algorithm::Sha1);
        QTest::newRow("Sha256") << "Sha256" << int(otp::Algorithm::Sha256);
        QTest::newRow("SHA-256") << "SHA-256" << int(otp::Algorithm::Sha256);
        QTest::newRow("sha512") << "sha512" << int(otp::Algorithm::Sha512);
    }
    void parsesAlgorithmsInAnyCase()
    {
        QFETCH(QString, text);
        QFETCH(int, algorithm);
        QCOMPARE(int(*otp::parseAlgorithm(text)), algorithm);
    }
    void refusesUnknownAlgorithms()
    {
        for (const char *text : {"SHA384", "MD5", "", "SHA", "SHA1 "})
            QCOMPARE(otp::parseAlgorithm(QString::fromLatin1(text)).error().code, ErrorCode::UnknownAlgorithm);
    }
    void digitsSixToTen()
    {
        QCOMPARE(*otp::parseDigits(u"6"), 6);
        QCOMPARE(*otp::parseDigits(u"10"), 10);
        QCOMPARE(*otp::parseDigits(u"08"), 8);
        for (const char *text : {"5", "11", "0", "-6", "+6", " 6", "6.0", "", "six", "99999999999999999999"})
            QCOMPARE(otp::parseDigits(QString::fromLatin1(text)).error().code, ErrorCode::InvalidDigits);
    }
    void periodAtLeastOneSecond()
    {
        QCOMPARE(*otp::parsePeriod(u"1"), 1);
        QCOMPARE(*otp::parsePeriod(u"30"), 30);
        QCOMPARE(*otp::parsePeriod(u"2147483647"), 2147483647);
        for (const char *text : {"0", "-30", "2147483648", "30s", ""})
            QCOMPARE(otp::parsePeriod(QString::fromLatin1(text)).error().code, ErrorCode::InvalidPeriod);
    }
    void counterIsUnsigned64Bit()
    {
        QCOMPARE(*otp::parseCounter(u"0"), 0u);
        QCOMPARE(*otp::parseCounter(u"18446744073709551615"), std::numeric_limits<std::uint64_t>::max());
        for (const char *text : {"-1", "18446744073709551616", "1e3", ""})
            QCOMPARE(otp::parseCounter(QString::fromLatin1(text)).error().code, ErrorCode::InvalidCounter);
    }
    void typesInAnyCase()
    {
        QCOMPARE(*otp::parseType(u"TOTP"), otp::OtpType::Totp);
        QCOMPARE(*otp::parseType(u"hotp"), otp::OtpType::Hotp);
        QCOMPARE(*otp::parseType(u"Steam"), otp::OtpType::Steam);
        QCOMPARE(otp::parseType(u"motp").error().code, ErrorCode::UnknownOtpType);
    }
    void validateChecksDigitsPerType()
    {
        QVERIFY(otp::validate(otp::defaultsFor(otp::OtpType::Steam)));
        otp::OtpParams totp;
        totp.digits = 5;
        QCOMPARE(otp::validate(totp).error().code, ErrorCode::InvalidDigits);
        totp.digits = 6;
        totp.periodSeconds = 0;
        QCOMPARE(otp::validate(totp).error().code, ErrorCode::InvalidPeriod);
        otp::OtpParams hotp = otp::defaultsFor(otp::OtpType::Hotp);
        hotp.periodSeconds = 0; // HOTP has no period: not checked
        QVERIFY(otp::validate(hotp));
    }
};

QTEST_GUILESS_MAIN(TestOtpParams)
#include "test_otp_params.moc"
