// The vault commands of tessera-cli, run as a user runs them: every command, the exit codes of the
// DESIGN.md §4 contract, and files that are never changed by a failed command.
#include "cli_runner.h"
#include "vault_helpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tessera;

namespace {

QProcessEnvironment environmentWithVault(const QString &path)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TESSERA_VAULT"), path);
    // No keychain in these tests: a dead bus, so nothing on the developer's desktop is touched.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/tessera-test"));
    return env;
}

} // namespace

class TestCliVault : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QProcessEnvironment m_env;

    CliRun cli(QStringList args, const QByteArray &input = "correct horse battery staple\n")
    {
        if (!input.isEmpty())
            args.append(QStringLiteral("--password-stdin"));
        return runCli(args, input, m_env);
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.tessera").arg(QLatin1String(QTest::currentTestFunction())));
        m_env = environmentWithVault(m_path);
        const auto created = cli({"init", "--kdf", "interactive"});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.startsWith("Created the vault"));
    }

    void addListCode()
    {
        QCOMPARE(cli({"add", "--uri", "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ"}).out,
                 QByteArray("Added Deno (Mason).\n"));
        QCOMPARE(cli({"add", "--issuer", "Gcore", "--name", "me@example.com", "--secret", "jbsw y3dp ehpk 3pxp"}).exitCode,
                 0);
        QCOMPARE(cli({"add", "--issuer", "Issuu", "--name", "James", "--secret", "YOOMIXWS5GN6RTBPUFFWKTW5M4", "--type",
                      "hotp", "--counter", "1"})
                     .exitCode,
                 0);
        const auto listed = cli({"list", "--json"});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(!listed.out.contains("4SJHB4GSD43FZBAI7C2HLRJGPQ") && !listed.out.contains("JBSWY3DP"),
                 "list printed a secret");
        const QJsonArray accounts = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts[1].toObject().value("issuer").toString(), QStringLiteral("Gcore"));
        QCOMPARE(accounts[2].toObject().value("counter").toInt(), 1);
        const auto text = cli({"list"});
        QVERIFY(text.out.contains("totp   Deno (Mason)"));

        QCOMPARE(cli({"code", "gcore", "--time", "1257894000"}).out, QByteArray("528064\n"));
        // HOTP: counter 1, then 2 (oathtool -c 1 and -c 2), and the counter is kept.
        QCOMPARE(cli({"code", "Issuu"}).out, QByteArray("253717\n"));
        QCOMPARE(cli({"code", "Issuu"}).out, QByteArray("178033\n"));
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--json"}).out).array()[2].toObject().value("counter").toInt(), 3);
    }

    void lookupMistakes()
    {
        cli({"add", "--uri", "otpauth://totp/Google:alice?secret=JBSWY3DP"});
        cli({"add", "--uri", "otpauth://totp/Google:bob?secret=JBSWY3DP"});
        const auto ambiguous = cli({"code", "google"});
        QCOMPARE(ambiguous.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(ambiguous);
        QVERIFY(ambiguous.err.contains("Google:alice") && ambiguous.err.contains("Google:bob"));
        const auto missing = cli({"code", "yahoo"});
        QCOMPARE(missing.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(missing);
        QCOMPARE(cli({"code", "google:bob", "--time", "0"}).exitCode, 0);
    }

    void wrongPasswordExitsThreeAndChangesNothing()
    {
        cli({"add", "--uri", "otpauth://totp/A:b?secret=JBSWY3DP"});
        const QByteArray before = fileBytes(m_path);
        for (const QStringList &args : {QStringList{"list"}, QStringList{"add", "--uri", "otpauth://totp/C:d?secret=JBSWY3DP"},
                                        QStringList{"remove", "A"}, QStringList{"passwd"}}) {
            const auto run = cli(args, "not the password\nnew\n");
            QCOMPARE(run.exitCode, 3);
            VERIFY_ONE_SENTENCE_ERROR(run);
        }
        QCOMPARE(fileBytes(m_path), before);
    }

    void damagedFileExitsTwoAndIsLeftAlone()
    {
        QByteArray bytes = fileBytes(m_path);
        bytes[bytes.size() - 5] = char(bytes[bytes.size() - 5] ^ 0x40);
        QVERIFY(writeBytes(m_path, bytes));
        const auto run = cli({"list"});
        QCOMPARE(run.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(run);
        QVERIFY(run.err.contains("damaged"));
        QCOMPARE(fileBytes(m_path), bytes);
        QVERIFY(writeBytes(m_path, ""));
        QCOMPARE(cli({"list"}).exitCode, 2);
    }

    void vaultPathFromOptionOrEnvironment()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.tessera"));
        QCOMPARE(cli({"init", "--vault", other, "--kdf", "interactive"}).exitCode, 0);
        QCOMPARE(cli({"add", "--vault", other, "--uri", "otpauth://totp/Other:x?secret=JBSWY3DP"}).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--json"}).out).array().size(), 0);
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--json", "--vault", other}).out).array().size(), 1);
        const auto missing = cli({"list", "--vault", m_dir.filePath(QStringLiteral("nope.tessera"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("tessera-cli init"));
        const auto exists = cli({"init"});
        QCOMPARE(exists.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(exists);
    }

    void withoutTerminalOrPasswordItSaysHow()
    {
        const auto run = cli({"list"}, {});
        QCOMPARE(run.exitCode, 1);
        VERIFY_ONE_SENTENCE_ERROR(run);
        QVERIFY(run.err.contains("--password-stdin"));
    }

    // On a terminal the password is asked for without echo (util-linux 'script' gives us a terminal).
    void promptsWithoutEcho()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("util-linux 'script' is not installed");
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(script, {"-qec", cliPath() + QStringLiteral(" list"), "/dev/null"});
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        while (!seen.contains("Vault password:") && p.waitForReadyRead(10000))
            seen += p.readAll();
        QVERIFY2(seen.contains("Vault password:"), seen.constData());
        p.write("correct horse battery staple\n");
        QVERIFY(p.waitForFinished(30000));
        seen += p.readAll();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(!seen.contains("correct horse battery staple\r"), seen.constData()); // the typed password was not echoed
        QVERIFY2(seen.contains("no accounts yet"), seen.constData());
    }

    void renameRemove()
    {
        cli({"add", "--uri", "otpauth://totp/Old:me?secret=JBSWY3DP"});
        QCOMPARE(cli({"rename", "old", "--issuer", "New"}).out, QByteArray("Renamed to New (me).\n"));
        QCOMPARE(cli({"rename", "new"}).exitCode, 1);
        const auto removed = cli({"remove", "New:me"});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.out.contains("backups"));
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--json"}).out).array().size(), 0);
        QCOMPARE(cli({"remove", "New"}).exitCode, 2);
    }

    void passwordChange()
    {
        cli({"add", "--uri", "otpauth://totp/A:b?secret=JBSWY3DP"});
        QCOMPARE(cli({"passwd", "--kdf", "interactive"}, "correct horse battery staple\nnew cedar lantern orbit\n").exitCode, 0);
        QCOMPARE(cli({"list"}).exitCode, 3);
        QCOMPARE(cli({"list"}, "new cedar lantern orbit\n").exitCode, 0);
        QCOMPARE(cli({"passwd", "--kdf", "interactive"}, "new cedar lantern orbit\n\n").exitCode, 2); // empty new password
    }

    // The websites where the browser fills an account's code: given when adding, listed, added and
    // removed later, shown by list --json; a mistake is said before the password is asked for.
    void websitesOfAnAccount()
    {
        QCOMPARE(cli({"add", "--uri", "otpauth://totp/GitHub:anna?secret=JBSWY3DP", "--site", "https://www.GitHub.com/login"})
                     .exitCode,
                 0);
        QCOMPARE(cli({"sites", "list", "github"}).out, QByteArray("github.com\n"));
        const auto added = cli({"sites", "add", "github", "githubapp.com", "gist.github.com"});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.err.contains("github.com, githubapp.com, gist.github.com"), added.err.constData());
        QCOMPARE(cli({"sites", "remove", "github", "gist.github.com"}).exitCode, 0);
        const QJsonObject account = QJsonDocument::fromJson(cli({"list", "--json"}).out).array()[0].toObject();
        QCOMPARE(account.value("sites").toArray(), (QJsonArray{QStringLiteral("github.com"), QStringLiteral("githubapp.com")}));

        const auto broad = cli({"sites", "add", "github", "co.uk"}, {}); // no password given, none asked
        QCOMPARE(broad.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(broad);
        QVERIFY(broad.err.contains("shared by many"));
        const auto notSite = cli({"add", "--uri", "otpauth://totp/X:y?secret=JBSWY3DP", "--site", "my bank"}, {});
        QCOMPARE(notSite.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(notSite);
        const auto absent = cli({"sites", "remove", "github", "gitlab.com"});
        QCOMPARE(absent.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(absent);
        QCOMPARE(cli({"sites", "list"}).exitCode, 1);
        QCOMPARE(cli({"sites", "add", "github"}).exitCode, 1);
        // A known service gets its websites; --site gives the account's own instead.
        QCOMPARE(cli({"add", "--uri", "otpauth://totp/Kaspersky:anna?secret=JBSWY3DP"}).exitCode, 0);
        QCOMPARE(cli({"sites", "list", "kaspersky"}).out, QByteArray("kaspersky.com\n"));
        QCOMPARE(cli({"add", "--uri", "otpauth://totp/Kaspersky:bob?secret=JBSWY3DP", "--site", "my.kaspersky.example"})
                     .exitCode,
                 0);
        QCOMPARE(cli({"sites", "list", "kaspersky:bob"}).out, QByteArray("my.kaspersky.example\n"));
    }

    void recoveryCodesOnceEach()
    {
        cli({"add", "--uri", "otpauth://totp/MyKerio:me?secret=JBSWY3DP"});
        QCOMPARE(cli({"recovery", "add", "mykerio", "AAAA-1111", "BBBB-2222"}).exitCode, 0);
        QCOMPARE(cli({"recovery", "use", "mykerio"}).out, QByteArray("AAAA-1111\n"));
        QCOMPARE(cli({"recovery", "use", "mykerio"}).out, QByteArray("BBBB-2222\n"));
        const auto none = cli({"recovery", "use", "mykerio"});
        QCOMPARE(none.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(none);
        const auto listed = cli({"recovery", "list", "mykerio"});
        QVERIFY(listed.out.contains("AAAA-1111  used ") && listed.out.contains("BBBB-2222  used "));
        QCOMPARE(cli({"recovery", "add", "mykerio", "CCCC-3333", "--replace"}).exitCode, 0);
        QCOMPARE(cli({"recovery", "list", "mykerio"}).out, QByteArray("CCCC-3333  unused\n"));
        QCOMPARE(cli({"recovery", "frobnicate", "mykerio"}).exitCode, 1);
    }

    void keychainMissingIsAClearFailure()
    {
        const QByteArray before = fileBytes(m_path);
        const auto run = cli({"keychain", "enable"});
        QCOMPARE(run.exitCode, 4);
        VERIFY_ONE_SENTENCE_ERROR(run);
        QVERIFY(run.err.contains("keychain"));
        QCOMPARE(fileBytes(m_path), before);
    }

    void addRefusesBadInputBeforeAskingForThePassword()
    {
        const auto bad = cli({"add", "--uri", "https://example.com/enrol"});
        QCOMPARE(bad.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(bad);
        QVERIFY(bad.err.contains("'https'"));
        QCOMPARE(cli({"add", "--secret", "JBSWY3DP"}).exitCode, 1); // no name
        QCOMPARE(cli({"add", "--uri", "otpauth://totp/a?secret=JBSWY3DP", "--secret", "JBSWY3DP"}).exitCode, 1);
        const auto missing = cli({"add", "--image", "x.png"}); // the picture is read before the vault is opened
        QCOMPARE(missing.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(missing);
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "test_cli_vault.moc"
