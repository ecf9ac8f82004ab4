#include "encoding/base32.h"
#include "uri/otpauth_parser.h"

#include <QTest>

using namespace tessera;

namespace {

Result<uri::KeyUri> parse(const QByteArray &text)
{
    return uri::parseOtpauth(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
}

QString secretOf(const uri::KeyUri &k)
{
    const auto b32 = base32::encode(k.secret.bytes());
    return QString::fromLatin1(b32.view().data(), static_cast<qsizetype>(b32.size()));
}

} // namespace

class TestOtpauthParser : public QObject
{
    Q_OBJECT
private slots:
    void googleExample()
    {
        auto k = parse("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example");
        QVERIFY(k);
        QCOMPARE(k->issuer, QStringLiteral("Example"));
        QCOMPARE(k->name, QStringLiteral("alice@google.com"));
        QCOMPARE(secretOf(*k), QStringLiteral("JBSWY3DPEHPK3PXP"));
        QCOMPARE(k->params, otp::OtpParams{});
    }

    void labelsAndIssuers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("name");
        QTest::newRow("issuer parameter wins")
            << QByteArray("otpauth://totp/Old:bob?secret=JBSWY3DP&issuer=New") << "New" << "bob";
        QTest::newRow("label prefix only") << QByteArray("otpauth://totp/ACME%20Co:john.doe@email.com?secret=JBSWY3DP")
                                           << "ACME Co" << "john.doe@email.com";
        QTest::newRow("no prefix") << QByteArray("otpauth://totp/alice?secret=JBSWY3DP&issuer=Gcore") << "Gcore"
                                   << "alice";
        QTest::newRow("space after colon") << QByteArray("otpauth://totp/ACME:%20%20bob?secret=JBSWY3DP") << "ACME"
                                           << "bob";
        QTest::newRow("encoded colon") << QByteArray("otpauth://totp/myissuer%3Amylabel?secret=JBSWY3DP")
                                       << "myissuer" << "mylabel";
        QTest::newRow("plus in label is a plus")
            << QByteArray("otpauth://totp/a+b?secret=JBSWY3DP") << "" << "a+b";
        QTest::newRow("plus in issuer is a space")
            << QByteArray("otpauth://totp/x?secret=JBSWY3DP&issuer=Air+Canada") << "Air Canada" << "x";
        QTest::newRow("UTF-8 label") << QByteArray("otpauth://totp/K%C3%B8benhavn:%C3%A6%C3%B8?secret=JBSWY3DP")
                                     << QString::fromUtf8("K\xC3\xB8" "benhavn") << QString::fromUtf8("\xC3\xA6\xC3\xB8");
        QTest::newRow("empty label") << QByteArray("otpauth://totp/?secret=JBSWY3DP") << "" << "";
        QTest::newRow("no label at all") << QByteArray("otpauth://totp?secret=JBSWY3DP&issuer=I") << "I" << "";
        QTest::newRow("empty issuer falls back to label")
            << QByteArray("otpauth://totp/Lab:n?secret=JBSWY3DP&issuer=") << "Lab" << "n";
        QTest::newRow("bare issuer key") << QByteArray("otpauth://totp/:account?secret=JBSWY3DP&issuer&x=1") << ""
                                         << "account";
        QTest::newRow("second colon stays in name")
            << QByteArray("otpauth://totp/A:b:c?secret=JBSWY3DP") << "A" << "b:c";
        QTest::newRow("issuer holding a colon")
            << QByteArray("otpauth://totp/a%3Ab:c?secret=JBSWY3DP&issuer=a%3Ab") << "a:b" << "c";
        QTest::newRow("trailing space in issuer kept")
            << QByteArray("otpauth://totp/x?secret=JBSWY3DP&issuer=Code%202%20") << "Code 2 " << "x";
    }
    void labelsAndIssuers()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, issuer);
        QFETCH(QString, name);
        auto k = parse(text);
        QVERIFY2(k, text.constData());
        QCOMPARE(k->issuer, issuer);
        QCOMPARE(k->name, name);
    }

    void parameters()
    {
        auto k = parse("otpauth://TOTP/x?SECRET=jbswy3dp&Algorithm=sha512&digits=8&period=60&image=https%3A%2F%2Fx");
        QVERIFY(k);
        QCOMPARE(k->params.algorithm, otp::Algorithm::Sha512);
        QCOMPARE(k->params.digits, 8);
        QCOMPARE(k->params.periodSeconds, 60);
        QCOMPARE(secretOf(*k), QStringLiteral("JBSWY3DP"));
    }

    void hotpNeedsCounterAndIgnoresPeriod()
    {
        auto k = parse("otpauth://hotp/x?secret=JBSWY3DP&counter=18446744073709551615&period=30");
        QVERIFY(k);
        QCOMPARE(k->params.type, otp::OtpType::Hotp);
        QCOMPARE(k->params.counter, std::numeric_limits<std::uint64_t>::max());
        QCOMPARE(parse("otpauth://hotp/x?secret=JBSWY3DP").error().code, ErrorCode::UriMissingCounter);
    }

    void steamByTypeOrEncoder()
    {
        for (const char *text : {"otpauth://steam/Steam:me?secret=STEAMKEY", "otpauth://totp/Steam:me?secret=STEAMKEY&encoder=steam",
                                 "otpauth://totp/me?secret=STEAMKEY&encoder=Steam&digits=5",
                                 "otpauth://steam/me?secret=STEAMKEY&digits=5&algorithm=SHA1"}) {
            auto k = parse(text);
            QVERIFY2(k, text);
            QCOMPARE(k->params.type, otp::OtpType::Steam);
            QCOMPARE(k->params.digits, 5);
            QCOMPARE(k->params.algorithm, otp::Algorithm::Sha1);
        }
    }

    void secretForms()
    {
        QCOMPARE(secretOf(*parse("otpauth://totp/x?secret=JVMVGRKDKJCVI%3D%3D%3D")), QStringLiteral("JVMVGRKDKJCVI"));
        QCOMPARE(secretOf(*parse("otpauth://totp/x?secret=jbsw+y3dp")), QStringLiteral("JBSWY3DP"));
        QCOMPARE(secretOf(*parse("otpauth://totp/x?secret=JBSW-Y3DP====")), QStringLiteral("JBSWY3DP"));
    }

    void surroundingWhitespaceAndFragmentAreIgnored()
    {
        auto k = parse("  otpauth://totp/x?secret=JBSWY3DP&issuer=I#frag\r\n");
        QVERIFY(k);
        QCOMPARE(k->issuer, QStringLiteral("I"));
    }

    void firstOfDuplicateParametersWins()
    {
        auto k = parse("otpauth://totp/x?secret=JBSWY3DP&digits=8&digits=6");
        QVERIFY(k);
        QCOMPARE(k->params.digits, 8);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        auto row = [](const char *name, const QByteArray &text, ErrorCode code, const QString &detail = {}) {
            QTest::newRow(name) << text << int(code) << detail;
        };
        row("https link", "https://example.com/", ErrorCode::UriWrongScheme, "https");
        row("plain text", "hello world", ErrorCode::UriWrongScheme);
        row("empty", "", ErrorCode::UriWrongScheme);
        row("migration link", "otpauth-migration://offline?data=abc", ErrorCode::UriWrongScheme, "otpauth-migration");
        row("one slash", "otpauth:/totp/x?secret=JBSWY3DP", ErrorCode::UriWrongScheme, "otpauth");
        row("no type", "otpauth:///x?secret=JBSWY3DP", ErrorCode::UriMalformed);
        row("unknown type", "otpauth://motp/x?secret=JBSWY3DP", ErrorCode::UriUnknownType, "motp");
        row("missing secret", "otpauth://totp/x?issuer=I", ErrorCode::UriMissingSecret);
        row("empty secret", "otpauth://totp/x?secret=&issuer=I", ErrorCode::UriMissingSecret);
        row("invalid secret", "otpauth://totp/x?secret=JBSW1Y3DP", ErrorCode::InvalidBase32, "1");
        row("too short secret", "otpauth://totp/x?secret=A", ErrorCode::SecretTooShort);
        row("hotp without counter", "otpauth://hotp/x?secret=JBSWY3DP", ErrorCode::UriMissingCounter);
        row("bad counter", "otpauth://hotp/x?secret=JBSWY3DP&counter=-1", ErrorCode::InvalidCounter, "-1");
        row("digits 5", "otpauth://totp/x?secret=JBSWY3DP&digits=5", ErrorCode::InvalidDigits, "5");
        row("digits 11", "otpauth://totp/x?secret=JBSWY3DP&digits=11", ErrorCode::InvalidDigits, "11");
        row("digits 0", "otpauth://totp/x?secret=JBSWY3DP&digits=0", ErrorCode::InvalidDigits, "0");
        row("digits empty", "otpauth://totp/x?secret=JBSWY3DP&digits=", ErrorCode::InvalidDigits, "");
        row("period 0", "otpauth://totp/x?secret=JBSWY3DP&period=0", ErrorCode::InvalidPeriod, "0");
        row("period negative", "otpauth://totp/x?secret=JBSWY3DP&period=-30", ErrorCode::InvalidPeriod, "-30");
        row("unknown algorithm", "otpauth://totp/x?secret=JBSWY3DP&algorithm=SHA384", ErrorCode::UnknownAlgorithm,
            "SHA384");
        row("broken label escape", "otpauth://totp/a%2?secret=JBSWY3DP", ErrorCode::UriBadPercentEncoding,
            "the label");
        row("label not UTF-8", "otpauth://totp/%FF%FE?secret=JBSWY3DP", ErrorCode::UriBadPercentEncoding,
            "the label (not UTF-8)");
        row("broken issuer escape", "otpauth://totp/x?secret=JBSWY3DP&issuer=%ZZ", ErrorCode::UriBadPercentEncoding,
            "the issuer");
        row("broken secret escape", "otpauth://totp/x?secret=JBSW%3", ErrorCode::UriBadPercentEncoding,
            "the secret");
        row("too long", "otpauth://totp/x?secret=JBSWY3DP&image=" + QByteArray(64 * 1024, 'a'),
            ErrorCode::UriTooLong);
    }
    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, code);
        QFETCH(QString, detail);
        auto k = parse(text);
        QVERIFY(!k);
        QCOMPARE(int(k.error().code), code);
        if (!detail.isNull())
            QCOMPARE(k.error().detail, detail);
    }

    void unknownParametersAreIgnoredEvenWhenBroken()
    {
        QVERIFY(parse("otpauth://totp/x?secret=JBSWY3DP&image=%ZZ&color=&&=x"));
    }

    void exactly64KiBIsStillRead()
    {
        QByteArray text = "otpauth://totp/x?secret=JBSWY3DP&image=";
        text += QByteArray(64 * 1024 - text.size(), 'a');
        QCOMPARE(text.size(), 64 * 1024);
        QVERIFY(parse(text));
    }
};

QTEST_GUILESS_MAIN(TestOtpauthParser)
#include "test_otpauth_parser.moc"
