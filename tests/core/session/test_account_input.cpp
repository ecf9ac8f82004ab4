// Typed fields to an account (session/account_input.h): the rules the GUI's form and the CLI's
// options share, including Steam's fixed five characters.
#include "session/account_input.h"

#include <QTest>

using namespace tessera;
using session::AccountInput;
using session::CodeInput;

class TestAccountInput : public QObject
{
    Q_OBJECT
private slots:
    void emptyFieldsTakeTheTypesDefaults()
    {
        auto totp = session::codeParamsFrom({});
        QVERIFY(totp);
        QCOMPARE(totp->type, otp::OtpType::Totp);
        QCOMPARE(totp->digits, 6);
        QCOMPARE(totp->periodSeconds, 30);
        auto hotp = session::codeParamsFrom({QStringLiteral("HOTP"), {}, {}, {}, QStringLiteral("42")});
        QVERIFY(hotp);
        QCOMPARE(hotp->counter, std::uint64_t(42));
        auto sha = session::codeParamsFrom({QStringLiteral("totp"), QStringLiteral("sha-256"), QStringLiteral("8"),
                                            QStringLiteral("60"), {}});
        QVERIFY(sha);
        QCOMPARE(sha->algorithm, otp::Algorithm::Sha256);
        QCOMPARE(sha->digits, 8);
        QCOMPARE(sha->periodSeconds, 60);
    }

    void steamKeepsItsFiveCharacters()
    {
        auto steam = session::codeParamsFrom({QStringLiteral("steam"), QStringLiteral("SHA512"), {}, {}, {}});
        QVERIFY(steam);
        QCOMPARE(steam->digits, otp::kSteamDigits);
        QCOMPARE(steam->algorithm, otp::Algorithm::Sha1); // Steam's own, whatever was typed
        QVERIFY(session::codeParamsFrom({QStringLiteral("steam"), {}, QStringLiteral("5"), {}, {}}));
        auto six = session::codeParamsFrom({QStringLiteral("steam"), {}, QStringLiteral("6"), {}, {}});
        QCOMPARE(six.error().code, ErrorCode::InvalidDigits);
        QCOMPARE(six.error().detail, QStringLiteral("6"));
        QVERIFY(!session::fieldsOf(otp::OtpType::Steam).digits);
        QVERIFY(session::fieldsOf(otp::OtpType::Hotp).counter);
        QVERIFY(!session::fieldsOf(otp::OtpType::Hotp).period);
    }

    void badValuesAreNamed_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("type") << "motp" << "" << "" << "" << "" << ErrorCode::UnknownOtpType;
        QTest::newRow("algorithm") << "totp" << "MD5" << "" << "" << "" << ErrorCode::UnknownAlgorithm;
        QTest::newRow("digits") << "totp" << "" << "11" << "" << "" << ErrorCode::InvalidDigits;
        QTest::newRow("period") << "totp" << "" << "" << "0" << "" << ErrorCode::InvalidPeriod;
        QTest::newRow("counter") << "hotp" << "" << "" << "" << "-1" << ErrorCode::InvalidCounter;
    }
    void badValuesAreNamed()
    {
        QFETCH(QString, type);
        QFETCH(QString, algorithm);
        QFETCH(QString, digits);
        QFETCH(QString, period);
        QFETCH(QString, counter);
        QFETCH(ErrorCode, code);
        auto params = session::codeParamsFrom({type, algorithm, digits, period, counter});
        QVERIFY(!params);
        QCOMPARE(params.error().code, code);
    }

    void anAccountNeedsANameAndAKey()
    {
        AccountInput input{QStringLiteral("  Gcore "), QStringLiteral("me"), {}};
        auto account = session::accountFrom(input, "jbsw y3dp-ehpk 3pxp");
        QVERIFY(account);
        QCOMPARE(account->issuer, QStringLiteral("Gcore"));
        QCOMPARE(account->secret.size(), std::size_t(10));
        QCOMPARE(session::accountFrom({{}, QStringLiteral(" "), {}}, "JBSWY3DP").error().code, ErrorCode::AccountUnnamed);
        QCOMPARE(session::accountFrom(input, "").error().code, ErrorCode::SecretTooShort);
        auto bad = session::accountFrom(input, "JB1");
        QCOMPARE(bad.error().code, ErrorCode::InvalidBase32);
        QCOMPARE(bad.error().position, 3);
    }
};

QTEST_GUILESS_MAIN(TestAccountInput)
#include "test_account_input.moc"
