// tessera-cli import and export as a user runs them: an import is one save (all or none), a wrong
// password or a damaged file leaves the vault byte for byte as it was, duplicates are left out, and
// every writable format goes out and comes back in with nothing lost.

#include "cli_runner.h"
#include "foreign_files.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliTransfer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_vault;
    QProcessEnvironment m_env;

    CliRun cli(QStringList args, const QByteArray &input = "correct horse battery staple\n")
    {
        args.append(QStringLiteral("--password-stdin"));
        return runCli(args, input, m_env);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    QByteArray list()
    {
        return cli({"list"}).out;
    }

private slots:
    void init()
    {
        m_vault = m_dir.filePath(QStringLiteral("%1-%2.tessera")
                                     .arg(QLatin1String(QTest::currentTestFunction()), QLatin1String(QTest::currentDataTag()))
                                     .replace(u' ', u'-'));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("TESSERA_VAULT"), m_vault);
        // No keychain: a dead bus, so nothing on the developer's desktop is touched.
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/tessera-test"));
        QCOMPARE(cli({"init", "--kdf", "interactive"}).exitCode, 0);
    }

    void importsAnEncryptedFileInOneSave()
    {
        const QString file = write("backup.2fas", foreign::twoFasEncrypted("secret pass"));
        const auto run = cli({"import", file, "--source-password-file", "-"}, "correct horse battery staple\nsecret pass\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Imported 3 account(s) from the 2FAS file."), run.out.constData());
        const QByteArray listed = list();
        QVERIFY(listed.contains("Deno") && listed.contains("Issuu") && listed.contains("Boeing"));

        // The same file again: everything is already there.
        const auto again = cli({"import", file, "--source-password-file", "-"}, "correct horse battery staple\nsecret pass\n");
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("Imported 0 account(s)"));
        QVERIFY(again.out.contains("Left out 3"));
    }

    void wrongPasswordOrDamageLeavesTheVaultAlone()
    {
        const QByteArray before = fileHash(m_vault);
        const QString file = write("backup.bin", foreign::stratumEncrypted("secret pass"));
        const auto wrong = cli({"import", file, "--source-password-file", "-"}, "correct horse battery staple\nnot it\n");
        QCOMPARE(wrong.exitCode, 3);
        VERIFY_ONE_SENTENCE_ERROR(wrong);
        QVERIFY(wrong.err.contains("Wrong password for this Stratum"));

        const auto none = cli({"import", file});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("encrypted"));

        const QString damaged = write("damaged.json", "{\"version\":1,\"header\":{},\"db\":\"%%%\"}");
        const auto broken = cli({"import", damaged, "--source-password-file", "-"}, "correct horse battery staple\nx\n");
        QCOMPARE(broken.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(broken);

        const auto unknown = cli({"import", write("notes.txt", "shopping list: milk")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("not an export Tessera knows"));
        QCOMPARE(fileHash(m_vault), before);
    }

    void dryRunShowsAndSavesNothing()
    {
        const QByteArray before = fileHash(m_vault);
        const auto run = cli({"import", write("links.txt", foreign::kLinks), "--dry-run"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("+ Deno:Mason (totp)"));
        QCOMPARE(fileHash(m_vault), before);
    }

    void everyWritableFormatRoundTrips_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("tessera") << "tessera" << QStringList{"--export-password-file", "-"} << QByteArray("correct horse battery staple\nbackup pw\n");
        QTest::newRow("aegis") << "aegis" << QStringList{"--export-password-file", "-"} << QByteArray("correct horse battery staple\nbackup pw\n");
        QTest::newRow("aegis plain") << "aegis" << QStringList{"--plain"} << QByteArray("correct horse battery staple\n");
        QTest::newRow("otpauth") << "otpauth" << QStringList{} << QByteArray("correct horse battery staple\n");
    }

    void everyWritableFormatRoundTrips()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, input);
        QCOMPARE(cli({"import", write("in.txt", foreign::kLinks)}).exitCode, 0);
        QCOMPARE(cli({"recovery", "add", "Deno", "ABCD-1234", "EFGH-5678"}).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("export-%1").arg(QTest::currentDataTag()).replace(u' ', u'-'));
        const auto exported = cli(QStringList{"export", "--format", format, "--output", out} + extra, input);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(QFile(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        // Into a second, empty vault.
        m_env.insert(QStringLiteral("TESSERA_VAULT"), m_vault + QStringLiteral(".2"));
        QCOMPARE(cli({"init", "--kdf", "interactive"}).exitCode, 0);
        const bool encrypted = extra.contains(QStringLiteral("--export-password-file"));
        const auto imported = encrypted ? cli({"import", out, "--source-password-file", "-"}, "correct horse battery staple\nbackup pw\n")
                                        : cli({"import", out});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.out.contains("Imported 3 account(s)"));
        QCOMPARE(cli({"code", "Issuu"}).exitCode, 0); // HOTP kept its counter and works
        if (format == QLatin1String("tessera")) {
            const auto codes = cli({"recovery", "list", "Deno"});
            QVERIFY(codes.out.contains("ABCD-1234") && codes.out.contains("EFGH-5678"));
        }
    }

    void encryptedExportsNeedAPassword()
    {
        QCOMPARE(cli({"import", write("in.txt", foreign::kLinks)}).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("never.tessera"));
        const auto run = cli({"export", "--format", "tessera", "--output", out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("--export-password-file"));
        QVERIFY(!QFile::exists(out));
        const auto sheet = cli({"export", "--format", "recovery-sheet", "--output", out});
        QCOMPARE(sheet.exitCode, 2);
        QVERIFY(sheet.err.contains("No account has recovery codes"));
    }
};

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "test_cli_transfer.moc"
