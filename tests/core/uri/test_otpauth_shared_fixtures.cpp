// Third-party otpauth lists from ../shared/fixtures/import, read in place, against the values their
// README gives.
#include "uri_expectations.h"

#include "otp/code_generator.h"

namespace {

QString shared(const char *relative)
{
    return QStringLiteral(TESSERA_SHARED_FIXTURES "/import/") + QLatin1String(relative);
}

} // namespace

class TestOtpauthSharedFixtures : public QObject
{
    Q_OBJECT
private slots:
    // otpauth_uri/beemdevelopment-Aegis/plain.txt: V1-V7.
    void aegisPlainList()
    {
        const auto links = linksIn(shared("otpauth_uri/beemdevelopment-Aegis/plain.txt"));
        QCOMPARE(links.size(), 7);
        for (qsizetype i = 0; i < links.size(); ++i) {
            auto parsed = parseLink(links[i]);
            QVERIFY2(parsed, links[i].constData());
            {
                const QString difference = differenceFrom(*parsed, aegisVectors()[i]);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
        }
    }

    // aegis/protonpass-proton-pass-common/aegis-txt.txt: encoded colon in the label, parameters in
    // another order; the Steam code at t=1742298622 is NTK5M.
    void aegisUriExportFromProton()
    {
        const auto links = linksIn(shared("aegis/protonpass-proton-pass-common/aegis-txt.txt"));
        QCOMPARE(links.size(), 3);
        const QList<ExpectedAccount> expected{
            {"totp", "myissuer", "mylabel815256", "MYSECRET", "SHA256", 8, 15},
            {"totp", "myissuer", "mylabeldefault", "MYSECRET", "SHA1", 6, 30},
            {"steam", "Steam", "Steam", "STEAMKEY", "SHA1", 5, 30},
        };
        for (qsizetype i = 0; i < links.size(); ++i) {
            auto parsed = parseLink(links[i]);
            QVERIFY2(parsed, links[i].constData());
            {
                const QString difference = differenceFrom(*parsed, expected[i]);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
        }
        auto steam = parseLink(links[2]);
        QCOMPARE(QString::fromStdString(*tessera::otp::generate(steam->params, steam->secret, 1742298622LL * 1000)),
                 QStringLiteral("NTK5M"));
    }

    // ente/protonpass-proton-pass-common/plain.txt: percent-encoded padding in the secret, lower-case
    // algorithm, a long codeDisplay parameter that must be ignored.
    void enteListWithEncodedPadding()
    {
        const auto links = linksIn(shared("ente/protonpass-proton-pass-common/plain.txt"));
        QCOMPARE(links.size(), 2);
        const QList<ExpectedAccount> expected{
            {"totp", "MyIssuer", "MyLabel256_8_15", "JVMVGRKDKJCVI", "SHA256", 8, 15},
            {"totp", "MyIssuer", "MyLabelDefault", "JVMVGRKDKJCVI", "SHA1", 6, 30},
        };
        for (qsizetype i = 0; i < links.size(); ++i) {
            auto parsed = parseLink(links[i]);
            QVERIFY2(parsed, links[i].constData());
            {
                const QString difference = differenceFrom(*parsed, expected[i]);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
        }
    }

    // ente/beemdevelopment-Aegis/ente_auth.txt: V1-V7 with lower-case sha512 and period on an HOTP link.
    void enteAuthExport()
    {
        const auto links = linksIn(shared("ente/beemdevelopment-Aegis/ente_auth.txt"));
        QCOMPARE(links.size(), 7);
        for (const QByteArray &link : links) {
            auto parsed = parseLink(link);
            QVERIFY2(parsed, link.constData());
            const QString secret = base32Of(parsed->secret);
            const auto match = std::find_if(aegisVectors().begin(), aegisVectors().end(),
                                            [&](const ExpectedAccount &v) { return v.secret == secret; });
            QVERIFY2(match != aegisVectors().end(), qPrintable(secret));
            {
                const QString difference = differenceFrom(*parsed, *match);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOtpauthSharedFixtures)
#include "test_otpauth_shared_fixtures.moc"
