// What arrives from outside: launch arguments, a second launch, drops.
#include "gui_fixture.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "app/vault_session.h"

#include <QSignalSpy>
#include "desktop/single_instance.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <QLocalSocket>

using namespace tessera::bridge;

class TestIncoming : public QObject
{
    Q_OBJECT
private slots:
    // `tessera otpauth://…` (a link clicked in a browser), a picture and an export file given while the
    // vault is locked: each waits for the unlock, then the link is previewed, not added unasked.
    void launchArgumentsWaitForTheUnlock()
    {
        GuiFixture f;
        const QString list = f.dir.filePath(QStringLiteral("export.txt"));
        QVERIFY(writeBytes(list, "otpauth://totp/MyKerio:me?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ\n"));
        QSignalSpy scanShown(f.scan, &ScanController::showRequested);
        QSignalSpy importShown(f.imports, &ImportController::showRequested);
        f.incoming->openArguments({QStringLiteral("otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXQ&issuer=Example"),
                                   QStringLiteral("export.txt")},
                                  f.dir.path());
        QCOMPARE(scanShown.count(), 0);
        QCOMPARE(f.scan->results()->rowCount(), 0);
        QVERIFY(f.unlock());
        QCOMPARE(scanShown.count(), 1);
        QCOMPARE(f.scan->results()->rowCount(), 1);
        QCOMPARE(f.services->accounts()->rowCount(), 4); // previewed, not added
        QVERIFY(QTest::qWaitFor([&] { return f.imports->results()->rowCount() == 1; }, 5000));
        QCOMPARE(importShown.count(), 1);
    }

    // A second launch hands its arguments to the running Tessera instead of opening a second window.
    void aSecondLaunchHandsOverItsArguments()
    {
        const QString key = QStringLiteral("test-%1").arg(QCoreApplication::applicationPid());
        SingleInstance running(key);
        SingleInstance second(key);
        QVERIFY(!second.notifyRunningInstance({QStringLiteral("x.png")}, QStringLiteral("/tmp"))); // nobody yet
        running.listen();
        QSignalSpy opened(&running, &SingleInstance::openRequested);
        QSignalSpy raised(&running, &SingleInstance::raiseRequested);
        const QStringList arguments{QStringLiteral("qr code.png"), QStringLiteral("otpauth://totp/A:b?secret=JBSWY3DP")};
        QVERIFY(second.notifyRunningInstance(arguments, QStringLiteral("/home/me/Pictures")));
        QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 1, 5000); // confirmed only once it was taken
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toStringList(), arguments);
        QCOMPARE(opened.first().at(1).toString(), QStringLiteral("/home/me/Pictures"));

        const QString serverName = running.serverName();
#ifdef Q_OS_UNIX
        // Only this user can reach the running Tessera: the socket lies in a folder nobody else may enter.
        const QFileInfo socket(serverName);
        QVERIFY(socket.exists());
        QVERIFY(socket.absolutePath() != QDir::tempPath()); // not a name any user can take in /tmp
        const QFileInfo folder(socket.absolutePath());
        QCOMPARE(folder.ownerId(), uint(::geteuid()));
        QCOMPARE(folder.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
#endif
        // Anything else on the socket is ignored, not guessed at.
        QLocalSocket stranger;
        stranger.connectToServer(serverName);
        QVERIFY(stranger.waitForConnected(2000));
        stranger.write("raise\nopen /etc/passwd\n");
        stranger.waitForBytesWritten(2000);
        stranger.disconnectFromServer();
        // A later, real hand-over still works and is the only one seen: the garbage did nothing.
        QVERIFY(second.notifyRunningInstance({}, QStringLiteral("/")));
        QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 2, 5000);
        QCOMPARE(opened.count(), 1);
    }
};

QTEST_MAIN(TestIncoming)
#include "test_incoming.moc"
