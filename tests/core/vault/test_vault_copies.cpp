// Other copies of one vault: older copies put in place (never adopted, refused by the CLI's rule,
// across runs too), copies under another password (merged with it, never bringing its slot), a
// password changed on another computer (asked for, not overwritten), deliberate restores, conflict
// copies beside the vault, and backups named by computer in a shared folder.
#include "session/account_edits.h"
#include "session/password_change.h"
#include "session/seen_history.h"
#include "session/sync_copies.h"
#include "session/vault_access.h"
#include "vault/backup_rotation.h"
#include "vault/vault_file.h"
#include "vault/vault_lock.h"
#include "vault_helpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::vault;

class TestVaultCopies : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<VaultStore> created(const QString &file, const char *device)
    {
        auto store = VaultStore::create(file, password("pw"), fastKdf());
        if (!store)
            qFatal("create failed: %d", int(store.error().code));
        (*store)->setDevice(QString::fromLatin1(device));
        return std::move(*store);
    }
    static std::unique_ptr<VaultStore> opened(const QString &file, const char *pw, const char *device)
    {
        auto store = VaultStore::openWithPassword(file, password(pw));
        if (!store)
            qFatal("open failed: %d", int(store.error().code));
        (*store)->setDevice(QString::fromLatin1(device));
        return std::move(*store);
    }
    static bool add(VaultStore &store, const char *issuer)
    {
        const QByteArray link = "otpauth://totp/" + QByteArray(issuer) + ":me?secret=JBSWY3DPEHPK3PXP";
        return session::addAccount(store, keyFrom(link.constData()), 1000).has_value();
    }
    static QStringList issuers(const VaultStore &store)
    {
        QStringList names;
        for (const Account &a : store.vault().accounts)
            names << a.issuer;
        names.sort();
        return names;
    }

private slots:
    // The next run of the CLI, given what this computer saw, refuses to save over an older copy, and
    // says so (VaultRolledBack: exit 2); the file stays as it is. A newer copy merged in lifts that.
    void anOlderCopyIsRefusedAcrossRuns()
    {
        const QString file = path(QStringLiteral("rollback.tessera"));
        auto a = created(file, "aaaa");
        QVERIFY(add(*a, "Gcore"));
        const QByteArray older = fileBytes(file);
        QVERIFY(add(*a, "MyKerio"));
        const QString newer = path(QStringLiteral("newer-copy.tessera"));
        QVERIFY(QFile::copy(file, newer));
        const auto seen = a->seenHistory();
        a.reset();

        QVERIFY(writeBytes(file, older));
        auto next = opened(file, "pw", "aaaa");
        next->guardAgainstRollback(seen, VaultStore::Rollback::Refuse);
        QVERIFY(next->lacksSeenSaves());
        auto refused = next->update([](Vault &) -> Result<void> { return {}; });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::VaultRolledBack);
        QCOMPARE(fileBytes(file), older);

        auto merged = next->mergeCopy(newer);
        QVERIFY(merged);
        QCOMPARE(merged->added, 1);
        QVERIFY(!next->lacksSeenSaves());
        QVERIFY(add(*next, "Kaspersky"));
        QCOMPARE(issuers(*next), (QStringList{QStringLiteral("Gcore"), QStringLiteral("Kaspersky"), QStringLiteral("MyKerio")}));
    }

    // A face's store remembers the newest history in the settings, by vault id.
    void theSeenHistoryIsRemembered()
    {
        const QString file = path(QStringLiteral("remembered.tessera"));
        auto store = session::createVault(file, password("correct horse battery staple"), fastKdf());
        QVERIFY(store);
        QVERIFY(add(**store, "Gcore"));
        QVERIFY(add(**store, "MyKerio"));
        QCOMPARE(session::seenHistory((*store)->header().vaultId), (*store)->vault().history);
    }

    // An older copy under the password replaced since: it is never taken, and its slot never returns.
    void anOldPasswordsCopyNeverBringsItsSlotBack()
    {
        const QString file = path(QStringLiteral("oldslot.tessera"));
        auto a = created(file, "aaaa");
        QVERIFY(add(*a, "Gcore"));
        const QByteArray older = fileBytes(file);
        QVERIFY(session::changePassword(*a, password("a much newer passphrase 42"), fastKdf()));
        QVERIFY(writeBytes(file, older));
        auto reloaded = a->reload();
        QVERIFY(reloaded);
        QVERIFY(!*reloaded);
        QVERIFY(!VaultStore::openWithPassword(file, password("pw")));
        auto reopened = VaultStore::openWithPassword(file, password("a much newer passphrase 42"));
        QVERIFY(reopened);
        QCOMPARE(issuers(**reopened), QStringList{QStringLiteral("Gcore")});
    }

    // The other computer changed the password: this one is told, and writes nothing over it.
    void aPasswordChangedElsewhereIsAskedForNotOverwritten()
    {
        const QString file = path(QStringLiteral("elsewhere.tessera"));
        const QString there = path(QStringLiteral("elsewhere-there.tessera"));
        auto a = created(file, "aaaa");
        QVERIFY(add(*a, "Gcore"));
        QVERIFY(QFile::copy(file, there));
        auto b = opened(there, "pw", "bbbb");
        QVERIFY(session::changePassword(*b, password("the other computer's new one"), fastKdf()));
        const QByteArray theirs = fileBytes(there);
        QVERIFY(QFile::remove(file) && QFile::copy(there, file));
        auto reloaded = a->reload();
        QVERIFY(!reloaded);
        QCOMPARE(reloaded.error().code, ErrorCode::PasswordChangedElsewhere);
        QVERIFY(!add(*a, "MyKerio"));
        QCOMPARE(fileBytes(file), theirs);
    }

    // A copy saved under another password is merged with that password, sealed again under ours;
    // the vault keeps its own slots. Without the password it waits, reported, beside the vault.
    void aCopyUnderAnotherPasswordIsMergedWithIt()
    {
        const QString file = path(QStringLiteral("vault.tessera"));
        auto a = created(file, "aaaa");
        QVERIFY(add(*a, "Gcore"));
        QTemporaryDir otherComputer;
        const QString there = otherComputer.filePath(QStringLiteral("vault.tessera"));
        QVERIFY(QFile::copy(file, there));
        auto b = opened(there, "pw", "bbbb");
        QVERIFY(session::changePassword(*b, password("the other computer's new one"), fastKdf()));
        QVERIFY(add(*b, "MyKerio"));
        b.reset();
        const QString copy = path(QStringLiteral("vault.sync-conflict-20261201-101500-ABCDEF7.tessera"));
        QVERIFY(QFile::copy(there, copy));

        auto report = session::mergeConflictCopies(*a);
        QCOMPARE(report.needPassword.size(), 1);
        QVERIFY(report.merged.isEmpty());
        QVERIFY(QFile::exists(copy));
        QVERIFY(!session::mergeCopyFile(*a, copy, password("wrong")));
        auto merged = session::mergeCopyFile(*a, copy, password("the other computer's new one"));
        QVERIFY(merged);
        QCOMPARE(merged->added, 1);
        QVERIFY(!QFile::exists(copy));
        QVERIFY(QFile::exists(QDir(backupsFolderFor(file)).filePath(QFileInfo(copy).fileName())));
        auto reopened = VaultStore::openWithPassword(file, password("pw"));
        QVERIFY(reopened);
        QCOMPARE(issuers(**reopened), (QStringList{QStringLiteral("Gcore"), QStringLiteral("MyKerio")}));
        const Account &mykerio = (*reopened)->vault().accounts[1];
        const auto secret = (*reopened)->sealer().open(mykerio.sealedSecret, mykerio.id, SealedKind::OtpSecret);
        QVERIFY(secret);
    }

    // Syncthing's copy of the other computer's version: merged on the next look, moved to backups/.
    void conflictCopiesAreMergedAndMovedAside()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("vault.tessera"));
        auto a = created(file, "aaaa");
        QVERIFY(add(*a, "Gcore"));
        const QString copy = dir.filePath(QStringLiteral("vault (laptop's conflicted copy 2026-12-01).tessera"));
        QVERIFY(QFile::copy(file, copy));
        auto b = opened(copy, "pw", "bbbb");
        QVERIFY(add(*b, "MyKerio"));
        QVERIFY(session::removeAccount(*b, b->vault().accounts[0].id));
        b.reset();
        QVERIFY(add(*a, "Kaspersky"));

        const auto report = session::mergeConflictCopies(*a);
        QCOMPARE(report.merged, QStringList{QFileInfo(copy).fileName()});
        QCOMPARE(report.arrivals.added, 1);
        QCOMPARE(report.arrivals.removed, 1);
        QCOMPARE(session::arrivalsSentence(report.arrivals),
                 QStringLiteral("1 account added and 1 removed on another computer."));
        QCOMPARE(issuers(*a), (QStringList{QStringLiteral("Kaspersky"), QStringLiteral("MyKerio")}));
        QVERIFY(!QFile::exists(copy));
        // Merging it again brings nothing and writes nothing.
        const QByteArray now = fileBytes(file);
        auto again = a->mergeCopy(QDir(backupsFolderFor(file)).filePath(QFileInfo(copy).fileName()));
        QVERIFY(again);
        QVERIFY(again->isEmpty());
        QCOMPARE(fileBytes(file), now);
    }

    // A restore is a change made now: the other computer's newer state does not merge it away.
    void aRestoreWinsOverTheNewerState()
    {
        const QString file = path(QStringLiteral("restore.tessera"));
        auto a = created(file, "aaaa");
        QVERIFY(add(*a, "Gcore"));
        const QString backup = path(QStringLiteral("restore-backup.tessera"));
        QVERIFY(QFile::copy(file, backup));
        QVERIFY(add(*a, "MyKerio"));
        const QString there = path(QStringLiteral("restore-there.tessera"));
        QVERIFY(QFile::copy(file, there));

        auto restored = a->restoreFrom(backup);
        QVERIFY(restored);
        QCOMPARE(restored->removed, 1);
        QCOMPARE(issuers(*a), QStringList{QStringLiteral("Gcore")});
        auto merged = a->mergeCopy(there);
        QVERIFY(merged);
        QCOMPARE(issuers(*a), QStringList{QStringLiteral("Gcore")});
    }

    // backups/ shared by two computers: each prunes only its own.
    void backupsAreNamedAndPrunedByComputer()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("vault.tessera"));
        auto a = created(file, "aaaaaaaa1111");
        QVERIFY(QDir().mkpath(backupsFolderFor(file)));
        for (int i = 0; i < 12; ++i) // the other computer's, synced in
            QVERIFY(writeBytes(QDir(backupsFolderFor(file)).filePath(QStringLiteral("vault-20261201-1015%1-000-bbbbbbbb-r%2.tessera").arg(i, 2, 10, QLatin1Char('0')).arg(i, 8, 10, QLatin1Char('0'))), "theirs"));
        for (int i = 0; i < 12; ++i)
            QVERIFY(add(*a, "Gcore"));
        const QDir backups(backupsFolderFor(file));
        QCOMPARE(backups.entryList({QStringLiteral("vault-*-aaaaaaaa-r*.tessera")}, QDir::Files).size(), kBackupsKept);
        QCOMPARE(backups.entryList({QStringLiteral("vault-*-bbbbbbbb-r*.tessera")}, QDir::Files).size(), 12);
    }

    // A second backup folder gets the file as it is after each save, this computer's newest ten; one
    // that cannot be written never fails a save; a password change re-encrypts what is there.
    void aSecondBackupFolderKeepsCopies()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("vault.tessera"));
        const QString stick = dir.filePath(QStringLiteral("usb-stick/tessera"));
        auto a = created(file, "aaaaaaaa1111");
        a->setSecondBackupFolder(stick);
        for (int i = 0; i < 12; ++i)
            QVERIFY(add(*a, "Gcore"));
        QVERIFY(!a->secondBackupProblem());
        const QStringList copies = QDir(stick).entryList({QStringLiteral("vault-*-aaaaaaaa-r*.tessera")}, QDir::Files, QDir::Name);
        QCOMPARE(copies.size(), kBackupsKept);
        QCOMPARE(fileBytes(QDir(stick).filePath(copies.last())), fileBytes(file)); // the newest is the file now
        QVERIFY(session::changePassword(*a, password("a much newer passphrase 42"), fastKdf()));
        for (const QString &name : QDir(stick).entryList(QDir::Files))
            QVERIFY2(!VaultStore::openWithPassword(QDir(stick).filePath(name), password("pw")), qPrintable(name));

        QVERIFY(writeBytes(dir.filePath(QStringLiteral("not-a-folder")), "x"));
        a->setSecondBackupFolder(dir.filePath(QStringLiteral("not-a-folder/tessera")));
        QVERIFY(add(*a, "MyKerio"));
        QVERIFY(a->secondBackupProblem());
    }

    // A lock file a sync engine carried over from another computer does not block this one.
    void anotherComputersLockIsNotWaitedFor()
    {
        const QString file = path(QStringLiteral("locked.tessera"));
        auto a = created(file, "aaaa");
        QFile lock(VaultLock::lockFileFor(file));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\ntessera\nsome-other-computer\n");
        lock.close();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(add(*a, "Gcore"));
        QVERIFY(timer.elapsed() < 5000); // would be VaultBusy after 10 s
    }
};

QTEST_GUILESS_MAIN(TestVaultCopies)
#include "test_vault_copies.moc"
