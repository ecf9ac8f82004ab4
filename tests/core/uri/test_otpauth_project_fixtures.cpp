// Tessera's own otpauth list (tests/fixtures/otpauth/accounts.txt) against the hand-written vectors, so
// the parser is proven on varied real-world spellings even where ../shared is absent.
#include "uri_expectations.h"

class TestOtpauthProjectFixtures : public QObject
{
    Q_OBJECT
private slots:
    void everyLineParsesToItsVector()
    {
        const auto links = linksIn(QStringLiteral(TESSERA_TEST_FIXTURES "/otpauth/accounts.txt"));
        QCOMPARE(links.size(), aegisVectors().size());
        for (qsizetype i = 0; i < links.size(); ++i) {
            auto parsed = parseLink(links[i]);
            QVERIFY2(parsed, links[i].constData());
            {
                const QString difference = differenceFrom(*parsed, aegisVectors()[i]);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOtpauthProjectFixtures)
#include "test_otpauth_project_fixtures.moc"
