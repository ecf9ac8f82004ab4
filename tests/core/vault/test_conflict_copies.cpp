// Each sync engine's name for the copy it keeps when two computers changed the vault apart, and the
// files that only look like one (temporary transfers, other vaults) — checked by name and on disk.
#include "vault/conflict_copies.h"
#include "vault/vault_store.h"
#include "vault_helpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tessera::vault;

class TestConflictCopies : public QObject
{
    Q_OBJECT

private slots:
    void recognisesEachEngine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("engine");
        const auto row = [](const char *name, SyncEngine engine) { QTest::newRow(name) << QString::fromUtf8(name) << int(engine); };
        row("vault.sync-conflict-20261201-101500-ABCDEF7.tessera", SyncEngine::Syncthing);
        row("vault (conflicted copy 2026-12-01 101500).tessera", SyncEngine::Nextcloud);
        row("vault (conflicted copy 2026-12-01 101500) (1).tessera", SyncEngine::Nextcloud);
        row("vault_conflict-20261201-101500.tessera", SyncEngine::Nextcloud);
        row("vault (laptop's conflicted copy 2026-12-01).tessera", SyncEngine::Dropbox);
        row("vault (Anna’s conflicted copy 2026-12-01) (1).tessera", SyncEngine::Dropbox);
        row("vault-DESKTOP-4F2K9.tessera", SyncEngine::OneDrive);
        row("vault-my-laptop-2.tessera", SyncEngine::OneDrive);
        row("vault 2.tessera", SyncEngine::ICloud);
    }
    void recognisesEachEngine()
    {
        QFETCH(QString, name);
        QFETCH(int, engine);
        const auto found = conflictCopyEngine(QStringLiteral("vault.tessera"), name);
        QVERIFY2(found, qPrintable(name));
        QCOMPARE(int(*found), engine);
    }

    void ignoresWhatIsNotACopy_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"vault.tessera", ".syncthing.vault.tessera.tmp",
                                 ".syncthing.vault.sync-conflict-20261201-101500-ABCDEF7.tessera.tmp",
                                 "~vault 2.tessera.tmp", "vault.tessera.part", "vault.tessera.a1B2c3",
                                 "vault.tessera.lock", "other.sync-conflict-20261201-101500-ABCDEF7.tessera",
                                 "vault.sync-conflict-2026-101500-ABCDEF7.tessera", "vault 2.txt", "vaults.tessera",
                                 "vault (conflicted copy 2026-12-01 101500).tessera.tmp"})
            QTest::newRow(name) << QString::fromUtf8(name);
    }
    void ignoresWhatIsNotACopy()
    {
        QFETCH(QString, name);
        QVERIFY2(!conflictCopyEngine(QStringLiteral("vault.tessera"), name), qPrintable(name));
    }

    // A vault name with dots and brackets is matched literally, not as a pattern.
    void vaultNamesAreLiteral()
    {
        QVERIFY(conflictCopyEngine(QStringLiteral("my.work (1).tessera"),
                                   QStringLiteral("my.work (1).sync-conflict-20261201-101500-ABCDEF7.tessera")));
        QVERIFY(!conflictCopyEngine(QStringLiteral("my.work.tessera"),
                                    QStringLiteral("myXwork.sync-conflict-20261201-101500-ABCDEF7.tessera")));
    }

    // On disk only copies of this very vault count: another vault named like a OneDrive copy is not one.
    void findsOnlyCopiesOfThisVault()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("vault.tessera"));
        auto store = VaultStore::create(file, password("pw"), fastKdf());
        QVERIFY(store);
        QVERIFY(QFile::copy(file, dir.filePath(QStringLiteral("vault.sync-conflict-20261201-101500-ABCDEF7.tessera"))));
        QVERIFY(QFile::copy(file, dir.filePath(QStringLiteral(".syncthing.vault.tessera.tmp"))));
        QVERIFY(VaultStore::create(dir.filePath(QStringLiteral("vault-work.tessera")), password("pw"), fastKdf()));
        { QFile junk(dir.filePath(QStringLiteral("vault 2.tessera"))); QVERIFY(junk.open(QIODevice::WriteOnly)); junk.write("not a vault"); }
        const QList<ConflictCopy> copies = findConflictCopies(file, (*store)->header().vaultId);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies[0].engine, SyncEngine::Syncthing);
    }
};

QTEST_GUILESS_MAIN(TestConflictCopies)
#include "test_conflict_copies.moc"
