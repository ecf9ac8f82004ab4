// The otpauth:// list importer on Tessera's own list, on the shared fixtures (read in place when
// present), and on broken input.
#include "uri_expectations.h"

#include "interop/importers/otpauth_list_importer.h"

using namespace tessera;

class TestOtpauthListImporter : public QObject
{
    Q_OBJECT
private slots:
    void importsTheProjectList()
    {
        QFile file(QStringLiteral(TESSERA_TEST_FIXTURES "/otpauth/accounts.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto result = interop::importOtpauthList(file.readAll());
        QVERIFY(result);
        QCOMPARE(result->accounts.size(), std::size_t(aegisVectors().size()));
        QVERIFY(result->skipped.empty());
        for (qsizetype i = 0; i < aegisVectors().size(); ++i)
            {
                const QString difference = differenceFrom(result->accounts[std::size_t(i)], aegisVectors()[i]);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
    }

    void importsTheSharedAegisList()
    {
        QFile file(QStringLiteral(TESSERA_SHARED_FIXTURES "/import/otpauth_uri/beemdevelopment-Aegis/plain.txt"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("../shared/fixtures is not here (CI refuses to run without it)");
        auto result = interop::importOtpauthList(file.readAll());
        QVERIFY(result);
        QCOMPARE(result->accounts.size(), 7u);
    }

    void skipsBadLinesWithTheirReason()
    {
        auto result = interop::importOtpauthList("otpauth://totp/A:b?secret=JBSWY3DP\r\n\n# comment\n"
                                                 "otpauth://hotp/C:d?secret=JBSWY3DP\n"
                                                 "otpauth://totp/E:f?secret=JBSW1\n");
        QVERIFY(result);
        QCOMPARE(result->accounts.size(), 1u);
        QCOMPARE(result->skipped.size(), 2u);
        QCOMPARE(result->skipped[0].where, QStringLiteral("line 4"));
        QVERIFY(result->skipped[0].reason.contains(QStringLiteral("counter")));
        QCOMPARE(result->skipped[1].where, QStringLiteral("line 5"));
    }

    void refusesFilesWithoutLinks()
    {
        QCOMPARE(interop::importOtpauthList("{\"db\": {}}").error().code, ErrorCode::Corrupted);
        QCOMPARE(interop::importOtpauthList("").error().code, ErrorCode::Corrupted);
    }
};

QTEST_GUILESS_MAIN(TestOtpauthListImporter)
#include "test_otpauth_list_importer.moc"
