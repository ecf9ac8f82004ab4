#include "otp/code_generator.h"
#include "otp/hotp.h"

#include <QTest>

using namespace tessera;

class TestHotp : public QObject
{
    Q_OBJECT
private slots:
    // RFC 4226 Appendix D: secret "12345678901234567890", counters 0-9.
    void rfc4226AppendixD_data()
    {
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<quint32>("truncated");
        QTest::addColumn<QString>("code");
        const quint32 truncated[] = {1284755224, 1094287082, 137359152, 1726969429, 1640338314,
                                     868254676,  1918287922, 82162583,  673399871,  645520489};
        const char *codes[] = {"755224", "287082", "359152", "969429", "338314",
                               "254676", "287922", "162583", "399871", "520489"};
        for (quint64 i = 0; i < 10; ++i)
            QTest::addRow("count %llu", i) << i << truncated[i] << QString::fromLatin1(codes[i]);
    }
    void rfc4226AppendixD()
    {
        QFETCH(quint64, counter);
        QFETCH(quint32, truncated);
        QFETCH(QString, code);
        const auto secret = SecretBytes::copyOf(std::string_view("12345678901234567890"));
        auto value = otp::truncatedValue(otp::Algorithm::Sha1, secret, counter);
        QVERIFY(value);
        QCOMPARE(*value, truncated);
        otp::OtpParams params = otp::defaultsFor(otp::OtpType::Hotp);
        params.counter = counter;
        auto generated = otp::generate(params, secret, /*unixMs ignored*/ -1);
        QVERIFY(generated);
        QCOMPARE(QString::fromStdString(*generated), code);
    }

    void longerCodesKeepLeadingZeros()
    {
        const auto secret = SecretBytes::copyOf(std::string_view("12345678901234567890"));
        otp::OtpParams params = otp::defaultsFor(otp::OtpType::Hotp);
        params.counter = 7; // truncated value 82162583 has 8 digits
        params.digits = 10;
        QCOMPARE(QString::fromStdString(*otp::generate(params, secret, 0)), QStringLiteral("0082162583"));
        params.digits = 9;
        QCOMPARE(QString::fromStdString(*otp::generate(params, secret, 0)), QStringLiteral("082162583"));
    }

    void counterUsesAll64Bits()
    {
        const auto secret = SecretBytes::copyOf(std::string_view("12345678901234567890"));
        auto low = otp::truncatedValue(otp::Algorithm::Sha1, secret, 1);
        auto high = otp::truncatedValue(otp::Algorithm::Sha1, secret, (quint64(1) << 32) + 1);
        QVERIFY(low && high);
        QVERIFY(*low != *high);
    }

    void refusesEmptySecretAndBadDigits()
    {
        otp::OtpParams params = otp::defaultsFor(otp::OtpType::Hotp);
        QCOMPARE(otp::generate(params, SecretBytes(), 0).error().code, ErrorCode::SecretTooShort);
        params.digits = 11;
        QCOMPARE(otp::generate(params, SecretBytes::copyOf(std::string_view("k")), 0).error().code,
                 ErrorCode::InvalidDigits);
    }
};

QTEST_GUILESS_MAIN(TestHotp)
#include "test_hotp.moc"
