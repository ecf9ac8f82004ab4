// The vault survives a writer killed with SIGKILL at random moments, hundreds of times, and two
// processes adding accounts at the same moment both end up in the file.
#include "cli_runner.h"
#include "vault_helpers.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

using namespace tessera;

class TestVaultCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void survivesSigkillDuringSaves()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("SIGKILL is a POSIX signal");
#endif
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        QVERIFY(vault::VaultStore::create(path, password("correct horse battery staple"), fastKdf()));
        const QString helper = QProcessEnvironment::systemEnvironment().value(QStringLiteral("TESSERA_SAVE_LOOP"));
        QVERIFY(QFile::exists(helper));
        // Each writer is killed after a random number of its own saves (0: while it opens the vault), plus
        // a random moment into the next one. Counting saves, not microseconds, spreads the kills over
        // before, during and between saves on any machine, fast or slowed down by a sanitizer.
        QRandomGenerator random(424242);
        qsizetype accounts = 0;
        int killedWhileSaving = 0;
        int savesSeen = 0;
        const int rounds = 250;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(helper, {path, QStringLiteral("correct horse battery staple")});
            QVERIFY(writer.waitForStarted());
            const int savesBeforeKill = int(random.bounded(0, 4));
            for (int saves = 0; saves < savesBeforeKill;) {
                QVERIFY2(writer.waitForReadyRead(60000),
                         qPrintable(QStringLiteral("round %1: the writer stopped saving by itself (exit %2: %3)")
                                        .arg(round)
                                        .arg(writer.exitCode())
                                        .arg(QString::fromLocal8Bit(writer.readAllStandardError()).trimmed())));
                saves += int(writer.readAllStandardOutput().count('\n'));
                savesSeen = std::max(savesSeen, saves);
            }
            QThread::usleep(random.bounded(0, 3000));
            if (writer.state() == QProcess::Running)
                ++killedWhileSaving; // it saves until killed: it must still be running here
            writer.kill(); // SIGKILL on Unix
            writer.waitForFinished();
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit || writer.exitCode() == 0,
                     qPrintable(QStringLiteral("the writer failed by itself: exit %1").arg(writer.exitCode())));
            auto store = vault::VaultStore::openWithPassword(path, password("correct horse battery staple"));
            QVERIFY2(store, qPrintable(QStringLiteral("round %1: the vault does not open (error %2)")
                                           .arg(round)
                                           .arg(int(store.error().code))));
            // Old or new content, never less than before.
            QVERIFY((*store)->vault().accounts.size() >= accounts);
            accounts = (*store)->vault().accounts.size();
        }
        qInfo("%d of %d writers killed while running; the vault ends with %lld accounts", killedWhileSaving, rounds,
              static_cast<long long>(accounts));
        QCOMPARE(killedWhileSaving, rounds);
        QVERIFY(savesSeen >= 3);
        QVERIFY(accounts > 0);
    }

    void concurrentWritersAllLand()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        QCOMPARE(runCli({"init", "--vault", path, "--kdf", "interactive", "--password-stdin"}, "correct horse battery staple\n").exitCode, 0);
        const int writers = 8;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < writers; ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(cliPath(), {"add", "--vault", path, "--password-stdin", "--issuer", QStringLiteral("Writer%1").arg(i),
                                 "--name", "n", "--secret", "JBSWY3DPEHPK3PXP"});
            QVERIFY(p->waitForStarted());
            p->write("correct horse battery staple\n");
            p->closeWriteChannel();
            processes.push_back(std::move(p));
        }
        for (auto &p : processes) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        auto store = vault::VaultStore::openWithPassword(path, password("correct horse battery staple"));
        QVERIFY(store);
        QCOMPARE((*store)->vault().accounts.size(), writers);
    }
};

QTEST_GUILESS_MAIN(TestVaultCrashSafety)
#include "test_vault_crash_safety.moc"
