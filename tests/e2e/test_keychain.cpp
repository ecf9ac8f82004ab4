// The keychain slot against a real gnome-keyring in a private D-Bus session: enable, unlock without a
// password, disable, and the password path when the keychain entry or the keychain itself is gone —
// also when it goes away while the app runs.
#include "cli_runner.h"
#include "gui_fixture.h"

#include "keychain/os_keychain.h"
#include "session/vault_access.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace tessera;

class TestKeychain : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString newVault(const char *name)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        runCli({"init", "--vault", path, "--kdf", "interactive", "--password-stdin"}, "correct horse battery staple\n");
        runCli({"add", "--vault", path, "--password-stdin", "--uri", "otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP"},
               "correct horse battery staple\n");
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QProcessEnvironment::systemEnvironment().contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")),
                 "run through dbus-run-session (ctest does)");
    }

    void storesReadsAndDeletesKeys()
    {
        const QString account = QStringLiteral("tessera-test-%1").arg(QCoreApplication::applicationPid());
        const SecretBytes key = SecretBytes::copyOf(std::string_view("\x01\x02\x00\xff key", 8));
        QVERIFY(keychain::storeKey(account, key));
        auto read = keychain::readKey(account);
        QVERIFY(read);
        QVERIFY(read->equals(key));
        QVERIFY(keychain::deleteKey(account));
        QCOMPARE(keychain::readKey(account).error().code, ErrorCode::KeychainNoEntry);
        QVERIFY(keychain::deleteKey(account)); // deleting nothing is fine
    }

    void enableUnlockDisable()
    {
        const QString path = newVault("cycle.tessera");
        QCOMPARE(runCli({"keychain", "enable", "--vault", path, "--password-stdin"}, "correct horse battery staple\n").exitCode, 0);
        // No password on stdin, no terminal: the keychain alone unlocks it.
        const auto code = runCli({"code", "A", "--vault", path, "--time", "1257894000"});
        QCOMPARE(code.err, QByteArray());
        QCOMPARE(code.out, QByteArray("528064\n"));
        QVERIFY(runCli({"add", "--vault", path, "--uri", "otpauth://totp/C:d?secret=JBSWY3DP"}).exitCode == 0);
        // The password still works beside it.
        QCOMPARE(runCli({"list", "--vault", path, "--password-stdin"}, "correct horse battery staple\n").exitCode, 0);

        QCOMPARE(runCli({"keychain", "disable", "--vault", path}).exitCode, 0);
        auto store = vault::VaultStore::openWithPassword(path, password("correct horse battery staple"));
        QVERIFY(!(*store)->header().hasSlot(vault::SlotType::Keychain));
        QCOMPARE(keychain::readKey(session::keychainAccount(**store)).error().code, ErrorCode::KeychainNoEntry);
        QCOMPARE(runCli({"list", "--vault", path}).exitCode, 1); // needs the password again
    }

    // The entry vanished from the keychain (another machine, a reset keyring): the password still opens
    // the vault, and the user is told why the keychain did not.
    void missingEntryFallsBackToThePassword()
    {
        const QString path = newVault("lost-entry.tessera");
        QCOMPARE(runCli({"keychain", "enable", "--vault", path, "--password-stdin"}, "correct horse battery staple\n").exitCode, 0);
        auto store = vault::VaultStore::openWithPassword(path, password("correct horse battery staple"));
        QVERIFY(keychain::deleteKey(session::keychainAccount(**store)));
        const auto run = runCli({"list", "--vault", path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("keychain holds no key"), run.err.constData());
        QVERIFY2(run.err.contains("--password-stdin"), run.err.constData());
        QCOMPARE(runCli({"list", "--vault", path, "--password-stdin"}, "correct horse battery staple\n").exitCode, 0);
    }

    void keychainServiceGoneFallsBackToThePassword()
    {
        const QString path = newVault("no-service.tessera");
        QCOMPARE(runCli({"keychain", "enable", "--vault", path, "--password-stdin"}, "correct horse battery staple\n").exitCode, 0);
        QProcessEnvironment noBus = QProcessEnvironment::systemEnvironment();
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const auto run = runCli({"list", "--vault", path}, {}, noBus);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("keychain is not available"), run.err.constData());
        QCOMPARE(runCli({"list", "--vault", path, "--password-stdin"}, "correct horse battery staple\n", noBus).exitCode, 0);
    }

    // Last: it stops this session's keyring daemon.
    void keychainGoneWhileTheAppRunsFallsBackToThePassword()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QVERIFY(f.vault->setKeychainEnabled(true));
        f.vault->lock();
        QVERIFY(f.vault->unlockWithKeychain()); // while it is there, no password
        f.vault->lock();

        // The keyring daemon of this private session goes away (it crashed, or was stopped).
        QProcess ask;
        ask.start(QStringLiteral("dbus-send"), {"--session", "--print-reply", "--dest=org.freedesktop.DBus", "/",
                                                "org.freedesktop.DBus.GetConnectionUnixProcessID",
                                                "string:org.freedesktop.secrets"});
        QVERIFY(ask.waitForFinished(10000));
        const QByteArray reply = ask.readAllStandardOutput();
        const qint64 pid = reply.mid(reply.lastIndexOf("uint32") + 6).trimmed().toLongLong();
        QVERIFY2(pid > 1, reply.constData());
        QCOMPARE(QProcess::execute(QStringLiteral("kill"), {QString::number(pid)}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(QProcess::execute(QStringLiteral("kill"), {QStringLiteral("-0"), QString::number(pid)}) != 0,
                                 5000);

        QElapsedTimer asked;
        asked.start();
        QVERIFY(!f.vault->unlockWithKeychain());
        QVERIFY(asked.elapsed() < 30000); // an answer, not a hang
        QVERIFY2(f.vault->notice().contains(QLatin1String("keychain")), qPrintable(f.vault->notice()));
        QCOMPARE(f.vault->state(), bridge::VaultController::Locked);
        QVERIFY(f.unlock()); // the password still opens the vault
        QVERIFY(f.vault->keychainEnabled()); // and the slot stays for when the keychain is back
    }
};

QTEST_MAIN(TestKeychain)
#include "test_keychain.moc"
