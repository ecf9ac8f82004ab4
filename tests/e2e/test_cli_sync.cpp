// tessera-cli with a vault shared by several computers, run as a user runs it: an older copy put in
// place is refused across runs (exit 2) until a newer one is merged; merge with another password;
// conflict copies merged by any command; sync status; a deliberate restore; moving the vault.
#include "cli_runner.h"
#include "vault_helpers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

const QByteArray kPassword = "correct horse battery staple\n";

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QProcessEnvironment m_env;

    CliRun cli(QStringList args, const QByteArray &input = kPassword)
    {
        if (!input.isEmpty())
            args.append(QStringLiteral("--password-stdin"));
        return runCli(args, input, m_env);
    }
    QStringList issuers()
    {
        QStringList names;
        for (const QJsonValue &a : QJsonDocument::fromJson(cli({"list", "--json"}).out).array())
            names << a.toObject().value(QStringLiteral("issuer")).toString();
        names.sort();
        return names;
    }
    bool add(const char *issuer)
    {
        return cli({"add", "--issuer", issuer, "--name", "me", "--secret", "JBSWY3DPEHPK3PXP"}).exitCode == 0;
    }

private slots:
    void init()
    {
        const QString folder = m_dir.filePath(QLatin1String(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(folder));
        m_path = QDir(folder).filePath(QStringLiteral("vault.tessera"));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("TESSERA_VAULT"), m_path);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/tessera-test"));
        QCOMPARE(cli({"init", "--kdf", "interactive"}).exitCode, 0);
    }

    void anOlderCopyIsRefusedUntilANewerOneIsMerged()
    {
        QVERIFY(add("Gcore"));
        const QByteArray older = fileBytes(m_path);
        QVERIFY(add("MyKerio"));
        const QString newer = m_path + QStringLiteral(".newer-copy");
        QVERIFY(QFile::copy(m_path, newer));
        QVERIFY(writeBytes(m_path, older));

        const CliRun refused = cli({"add", "--issuer", "Kaspersky", "--name", "me", "--secret", "JBSWY3DPEHPK3PXP"});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("lacks changes this computer has already seen"), refused.err);
        QCOMPARE(fileBytes(m_path), older);
        QVERIFY(cli({"list"}).err.contains("warning"));
        QVERIFY(cli({"sync", "status"}).out.contains("lacks saves this computer has seen"));

        const CliRun merged = cli({"merge", newer});
        QCOMPARE(merged.exitCode, 0);
        QVERIFY2(merged.out.contains("1 account added on another computer"), merged.out);
        QVERIFY(add("Kaspersky"));
        QCOMPARE(issuers(), (QStringList{QStringLiteral("Gcore"), QStringLiteral("Kaspersky"), QStringLiteral("MyKerio")}));
    }

    void mergesACopyUnderAnotherPassword()
    {
        QVERIFY(add("Gcore"));
        QTemporaryDir laptop;
        const QString copy = laptop.filePath(QStringLiteral("vault.tessera"));
        QVERIFY(QFile::copy(m_path, copy));
        QProcessEnvironment there = m_env;
        there.insert(QStringLiteral("TESSERA_VAULT"), copy);
        there.insert(QStringLiteral("XDG_CONFIG_HOME"), laptop.filePath(QStringLiteral("config")));
        QCOMPARE(runCli({"passwd", "--kdf", "interactive", "--password-stdin"},
                        kPassword + "the laptop's own long passphrase\n", there).exitCode, 0);
        QCOMPARE(runCli({"add", "--issuer", "MyKerio", "--name", "me", "--secret", "JBSWY3DPEHPK3PXQ", "--password-stdin"},
                        "the laptop's own long passphrase\n", there).exitCode, 0);

        QVERIFY(writeBytes(laptop.filePath(QStringLiteral("pw")), "the laptop's own long passphrase\n"));
        QCOMPARE(cli({"merge", copy, "--copy-password-file", "/dev/null"}).exitCode, 3);
        const CliRun merged = cli({"merge", copy, "--copy-password-file", laptop.filePath(QStringLiteral("pw"))});
        QCOMPARE(merged.exitCode, 0);
        QCOMPARE(issuers(), (QStringList{QStringLiteral("Gcore"), QStringLiteral("MyKerio")}));
        QCOMPARE(cli({"code", "mykerio"}).exitCode, 0); // sealed again under this vault's key, same password
    }

    void anyCommandMergesConflictCopies()
    {
        QVERIFY(add("Gcore"));
        const QString conflict = QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("vault (conflicted copy 2026-12-02 101500).tessera"));
        QVERIFY(QFile::copy(m_path, conflict));
        QProcessEnvironment other = m_env;
        other.insert(QStringLiteral("TESSERA_VAULT"), conflict);
        other.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("other-config")));
        QCOMPARE(runCli({"add", "--issuer", "MyKerio", "--name", "me", "--secret", "JBSWY3DPEHPK3PXQ", "--password-stdin"},
                        kPassword, other).exitCode, 0);
        QDir(QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("backups"))).removeRecursively();

        const QJsonObject status = QJsonDocument::fromJson(cli({"sync", "status", "--json"}).out).object();
        QVERIFY2(status.value(QStringLiteral("conflict_copies")).toString().contains(QStringLiteral("Nextcloud")),
                 qPrintable(status.value(QStringLiteral("conflict_copies")).toString()));
        QCOMPARE(status.value(QStringLiteral("device")).toString().size(), 32);
        QVERIFY(QFile::exists(conflict)); // status only looks

        const CliRun listed = cli({"list"});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.err.contains("merged 1 copy") && listed.err.contains("1 account added"), listed.err);
        QVERIFY(!QFile::exists(conflict));
        QVERIFY(QFile::exists(QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("backups/") + QFileInfo(conflict).fileName())));
        QCOMPARE(issuers(), (QStringList{QStringLiteral("Gcore"), QStringLiteral("MyKerio")}));
    }

    void restoreIsDeliberate()
    {
        QVERIFY(add("Gcore"));
        const QString backup = m_path + QStringLiteral(".backup");
        QVERIFY(QFile::copy(m_path, backup));
        QVERIFY(add("MyKerio"));
        const CliRun restored = cli({"restore", backup});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.out.contains("1 removed"), restored.out);
        QCOMPARE(issuers(), QStringList{QStringLiteral("Gcore")});
        QCOMPARE(cli({"restore", m_dir.filePath(QStringLiteral("nothing-here.tessera"))}).exitCode, 2);
    }

    void movesTheVault()
    {
        QVERIFY(add("Gcore"));
        const QString sync = m_dir.filePath(QStringLiteral("Sync"));
        m_env.remove(QStringLiteral("TESSERA_VAULT"));
        const CliRun moved = cli({"vault", "move", sync, "--vault", m_path});
        QCOMPARE(moved.exitCode, 0);
        QVERIFY(!QFile::exists(m_path));
        const QString there = QDir(sync).filePath(QStringLiteral("vault.tessera"));
        QVERIFY(QFile::exists(there));
        QCOMPARE(QFile(there).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        m_env.insert(QStringLiteral("TESSERA_VAULT"), there);
        QCOMPARE(issuers(), QStringList{QStringLiteral("Gcore")});
        QCOMPARE(cli({"vault", "move", sync, "--vault", there}).exitCode, 2); // already there
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "test_cli_sync.moc"
