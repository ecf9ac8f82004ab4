// tessera-cli uri, run as a user runs it: the fields of every fixture link, JSON and text forms, and
// one clear sentence with exit 2 for every kind of broken link.
#include "aegis_vectors.h"
#include "cli_runner.h"
#include "uri_expectations.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

// What `tessera-cli uri LINK --json` got wrong for the link, field by field; empty when nothing.
QString jsonDifference(const QByteArray &link, const ExpectedAccount &expected)
{
    const auto run = runCli({QStringLiteral("uri"), QString::fromUtf8(link.trimmed()), QStringLiteral("--json")});
    if (run.exitCode != 0)
        return QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err));
    if (!run.out.endsWith("}\n"))
        return QStringLiteral("not one JSON object and a newline: ") + QString::fromUtf8(run.out);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        return error.errorString();
    QStringList differences;
    const auto check = [&](const char *field, const QString &got, const QString &want) {
        if (got != want)
            differences << QStringLiteral("%1: '%2', expected '%3'").arg(QLatin1String(field), got, want);
    };
    check("type", o.value("type").toString(), expected.type);
    check("issuer", o.value("issuer").toString(), expected.issuer);
    check("name", o.value("name").toString(), expected.name);
    check("secret", o.value("secret").toString(), expected.secret);
    check("algorithm", o.value("algorithm").toString(), expected.algorithm);
    check("digits", QString::number(o.value("digits").toInt()), QString::number(expected.digits));
    const char *other = expected.type == "hotp" ? "counter" : "period";
    check(other, QString::number(o.value(QLatin1String(other)).toInteger()), QString::number(expected.periodOrCounter));
    check("number of keys", QString::number(o.size()), QStringLiteral("7"));
    return differences.join(QStringLiteral("; "));
}

} // namespace

class TestCliUri : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(cliPath()), "TESSERA_CLI must name the built tessera-cli"); }

    void projectFixtureLinks()
    {
        const auto links = linksIn(QStringLiteral(TESSERA_TEST_FIXTURES "/otpauth/accounts.txt"));
        QCOMPARE(links.size(), aegisVectors().size());
        for (qsizetype i = 0; i < links.size(); ++i)
            {
                const QString difference = jsonDifference(links[i], aegisVectors()[i]);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
    }

    void sharedFixtureLinks()
    {
        const QString path = QStringLiteral(TESSERA_SHARED_FIXTURES "/import/otpauth_uri/beemdevelopment-Aegis/plain.txt");
        if (!QFile::exists(path))
            QSKIP("../shared/fixtures is not here (CI refuses to run without it)");
        const auto links = linksIn(path);
        QCOMPARE(links.size(), 7);
        for (qsizetype i = 0; i < links.size(); ++i)
            {
                const QString difference = jsonDifference(links[i], aegisVectors()[i]);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
    }

    void jsonEscapesNames()
    {
        const auto run = runCli({"uri", "otpauth://totp/%22q%22%5C%0A:n?secret=JBSWY3DP", "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("issuer").toString(), QStringLiteral("\"q\"\\\n"));
    }

    void textForm()
    {
        const auto run = runCli({"uri", "otpauth://hotp/ACME:bob?secret=jbswy3dp&counter=3"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("type: hotp\nissuer: ACME\nname: bob\nsecret: JBSWY3DP\nalgorithm: SHA1\n"
                                     "digits: 6\ncounter: 3\n"));
    }

    void linkFromStandardInput()
    {
        const auto run = runCli({"uri", "-", "--json"}, "otpauth://totp/x?secret=JBSWY3DP\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("secret").toString(), QStringLiteral("JBSWY3DP"));
    }

    void brokenLinksExitTwo_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("web address") << "https://example.com" << QByteArray("'https'");
        QTest::newRow("no secret") << "otpauth://totp/x?issuer=I" << QByteArray("no secret");
        QTest::newRow("bad secret") << "otpauth://totp/x?secret=AB!D" << QByteArray("position 3");
        QTest::newRow("bad type") << "otpauth://yotp/x?secret=JBSWY3DP" << QByteArray("'yotp'");
        QTest::newRow("hotp no counter") << "otpauth://hotp/x?secret=JBSWY3DP" << QByteArray("counter");
        QTest::newRow("digits") << "otpauth://totp/x?secret=JBSWY3DP&digits=12" << QByteArray("6 to 10");
        QTest::newRow("period") << "otpauth://totp/x?secret=JBSWY3DP&period=0" << QByteArray("period");
        QTest::newRow("algorithm") << "otpauth://totp/x?secret=JBSWY3DP&algorithm=SHA384" << QByteArray("SHA384");
        QTest::newRow("percent") << "otpauth://totp/%zz?secret=JBSWY3DP" << QByteArray("percent-encoding");
        QTest::newRow("too long") << "otpauth://totp/x?secret=JBSWY3DP&x=" + QString(70000, u'a')
                                  << QByteArray("64 KiB");
        QTest::newRow("empty") << "" << QByteArray("otpauth://");
    }
    void brokenLinksExitTwo()
    {
        QFETCH(QString, link);
        QFETCH(QByteArray, mentions);
        const auto run = runCli({QStringLiteral("uri"), link});
        QCOMPARE(run.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(run);
        QVERIFY2(run.err.contains(mentions), run.err.constData());
    }

    void usageMistakesExitOne()
    {
        QCOMPARE(runCli({"uri"}).exitCode, 1);
        QCOMPARE(runCli({"uri", "a", "b"}).exitCode, 1);
        QCOMPARE(runCli({"uri", "--yaml", "otpauth://totp/x?secret=JBSWY3DP"}).exitCode, 1);
    }

    // Hostile input must never crash the parser: random bytes after the scheme.
    void randomLinksNeverCrash()
    {
        QRandomGenerator random(20261123);
        const QByteArray alphabet = "otpauth:/?&=%:+#ABZ27az01~ -\xC3\xA9\xFF";
        for (int i = 0; i < 40; ++i) {
            QByteArray link = "otpauth://";
            const int length = random.bounded(1, 80);
            for (int j = 0; j < length; ++j)
                link.append(alphabet[random.bounded(alphabet.size())]);
            const auto run = runCli({QStringLiteral("uri"), QStringLiteral("-")}, link + '\n');
            QVERIFY2(run.exitCode == 0 || run.exitCode == 2, link.toPercentEncoding().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliUri)
#include "test_cli_uri.moc"
