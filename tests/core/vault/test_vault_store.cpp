#include "vault/backup_rotation.h"
#include "session/account_edits.h"
#include "session/account_operations.h"
#include "session/device_identity.h"
#include "session/password_change.h"
#include "session/vault_access.h"
#include "vault/vault_file.h"
#include "vault_helpers.h"

#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::vault;

class TestVaultStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    std::unique_ptr<VaultStore> created(const QString &file)
    {
        auto store = VaultStore::create(file, password("pw"), fastKdf());
        if (!store)
            qFatal("create failed: %d", int(store.error().code));
        return std::move(*store);
    }

private slots:
    // Every save through a face's store is stamped with this computer's id and counted in the history;
    // a deletion keeps the account aside (sealed) instead of dropping it.
    // A sync engine (or a restored backup) puts a copy in place that lacks saves made here: it is
    // merged with what this computer holds and written back, never taken as it is.
    void aCopyLackingOurSavesIsMergedAndWrittenBack()
    {
        const QString here = path("here.tessera");
        const QString there = path("there.tessera");
        auto a = created(here);
        a->setDevice(QStringLiteral("aaaa"));
        QVERIFY(session::addAccount(*a, keyFrom("otpauth://totp/Gcore:x?secret=JBSWY3DPEHPK3PXP"), 1));
        QVERIFY(QFile::copy(here, there)); // the other computer's copy, in step so far
        auto b = VaultStore::openWithPassword(there, password("pw"));
        QVERIFY(b);
        (*b)->setDevice(QStringLiteral("bbbb"));
        QVERIFY(session::addAccount(**b, keyFrom("otpauth://totp/MyKerio:z?secret=JBSWY3DPEHPK3PXQ"), 2));
        QVERIFY(session::addAccount(*a, keyFrom("otpauth://totp/Kaspersky:y?secret=JBSWY3DPEHPK3PXR"), 3));
        const QByteArray older = [&] { QFile f(here); f.open(QIODevice::ReadOnly); return f.readAll(); }();

        // The other computer's file wins the sync: it lacks our Kaspersky, we lack its MyKerio.
        QVERIFY(QFile::remove(here) && QFile::copy(there, here));
        auto reloaded = a->reload();
        QVERIFY(reloaded);
        QVERIFY(*reloaded);
        QCOMPARE(a->vault().accounts.size(), 3);
        auto reopened = VaultStore::openWithPassword(here, password("pw"));
        QVERIFY(reopened);
        QCOMPARE((*reopened)->vault().accounts.size(), 3); // written back at once

        // An older copy of our own file put back: nothing it lacks is lost, and it is overwritten.
        QVERIFY(QFile::remove(here));
        { QFile f(here); QVERIFY(f.open(QIODevice::WriteOnly)); f.write(older); }
        reloaded = a->reload();
        QVERIFY(reloaded);
        QVERIFY(!*reloaded); // nothing new for us
        reopened = VaultStore::openWithPassword(here, password("pw"));
        QVERIFY(reopened);
        QCOMPARE((*reopened)->vault().accounts.size(), 3);
        QCOMPARE((*reopened)->vault().history.value(QStringLiteral("bbbb")), 1u);
    }
    void savesAreStampedWithThisComputer()
    {
        const QString file = path("stamped.tessera");
        auto store = session::createVault(file, password("correct horse battery staple"), fastKdf());
        QVERIFY(store);
        const QString device = session::deviceId();
        QCOMPARE(device.size(), 32);
        QCOMPARE(session::deviceId(), device); // kept
        auto id = session::addAccount(**store, keyFrom("otpauth://totp/Gcore:me?secret=JBSWY3DPEHPK3PXP"), 1000);
        QVERIFY(id);
        QCOMPARE((*store)->vault().accounts[0].stamps.label.device, device);
        QCOMPARE((*store)->vault().history.value(device), 1u);
        QVERIFY(session::removeAccount(**store, *id));
        QVERIFY((*store)->vault().accounts.isEmpty());
        QCOMPARE((*store)->vault().removed.size(), 1);
        QCOMPARE((*store)->vault().history.value(device), 2u);

        auto reopened = session::unlockWithPassword(file, password("correct horse battery staple"));
        QVERIFY(reopened);
        QCOMPARE((*reopened)->vault().removed.size(), 1);
        QCOMPARE((*reopened)->vault().removed[0].stamps.removal.device, device);
    }
    void roundTripsEveryField()
    {
        const QString file = path("fields.tessera");
        auto store = created(file);
        auto id = session::addAccount(*store, keyFrom("otpauth://hotp/K%C3%B8ge:%E2%9C%93?secret=JBSWY3DPEHPK3PXP"
                                                      "&counter=18446744073709551614&digits=8&algorithm=SHA512"),
                                      1000);
        QVERIFY(id);
        QVERIFY(session::addRecoveryCodes(*store, *id, {"r1", "r2"}, false, 2000));
        QVERIFY(session::useRecoveryCode(*store, *id, 3000));
        QVERIFY(store->update([&](Vault &v) -> Result<void> {
            Account *a = v.find(*id);
            a->group = QStringLiteral("Work");
            a->favourite = true;
            a->icon = QStringLiteral("github");
            a->notes = QStringLiteral("line 1\nline \"2\"");
            a->unknownFields.insert(QStringLiteral("futureField"), 7);
            return {};
        }));

        auto reopened = VaultStore::openWithPassword(file, password("pw"));
        QVERIFY(reopened);
        const Account *a = (*reopened)->vault().find(*id);
        QVERIFY(a);
        QCOMPARE(a->issuer, QString::fromUtf8("K\xC3\xB8ge"));
        QCOMPARE(a->name, QString::fromUtf8("\xE2\x9C\x93"));
        QCOMPARE(a->params.type, otp::OtpType::Hotp);
        QCOMPARE(a->params.algorithm, otp::Algorithm::Sha512);
        QCOMPARE(a->params.digits, 8);
        QCOMPARE(a->params.counter, 18446744073709551614ull);
        QCOMPARE(a->group, QStringLiteral("Work"));
        QVERIFY(a->favourite);
        QCOMPARE(a->icon, QStringLiteral("github"));
        QCOMPARE(a->notes, QStringLiteral("line 1\nline \"2\""));
        QCOMPARE(a->createdMs, 1000);
        QCOMPARE(a->modifiedMs, 3000);
        QCOMPARE(a->unknownFields.value(QStringLiteral("futureField")).toInt(), 7);
        QCOMPARE(a->recoveryCodes.size(), 2);
        QCOMPARE(a->recoveryCodes[0].usedAtMs, std::optional<qint64>(3000));
        QCOMPARE(a->recoveryCodes[1].usedAtMs, std::nullopt);
        auto secret = session::openSecret(**reopened, *id);
        QVERIFY(secret);
        QCOMPARE(QByteArray(secret->view().data(), qsizetype(secret->size())), QByteArray("Hello!\xDE\xAD\xBE\xEF"));
        auto codes = session::recoveryCodes(**reopened, *id);
        QCOMPARE(codes->at(1).code.view(), std::string_view("r2"));
        QCOMPARE((*reopened)->header().vaultId, store->header().vaultId);
    }

    void wrongPasswordLeavesTheFileAlone()
    {
        const QString file = path("wrong.tessera");
        created(file);
        const QByteArray before = fileBytes(file);
        auto opened = VaultStore::openWithPassword(file, password("PW"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::WrongPassword);
        QCOMPARE(fileBytes(file), before);
        QVERIFY(VaultStore::openWithPassword(file, password("pw")));
    }

    void refusesToCreateOverAFileOrWithoutPassword()
    {
        const QString file = path("exists.tessera");
        QVERIFY(writeBytes(file, "something of the user's"));
        QCOMPARE(VaultStore::create(file, password("pw"), fastKdf()).error().code, ErrorCode::VaultExists);
        QCOMPARE(fileBytes(file), QByteArray("something of the user's"));
        QCOMPARE(VaultStore::create(path("nopw.tessera"), SecretBytes(), fastKdf()).error().code,
                 ErrorCode::EmptyPassword);
        QCOMPARE(VaultStore::openWithPassword(path("missing.tessera"), password("pw")).error().code,
                 ErrorCode::VaultNotFound);
    }

    // Every single-byte change of a small vault is refused cleanly, and the file is never touched.
    void everySingleByteCorruptionIsRefused()
    {
        const QString file = path("small.tessera");
        auto store = created(file);
        QVERIFY(session::addAccount(*store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DP"), 1));
        const QByteArray good = fileBytes(file);
        const QString damaged = path("damaged.tessera");
        for (qsizetype i = 0; i < good.size(); ++i) {
            for (char flip : {char(0x01), char(0x80)}) {
                QByteArray bytes = good;
                bytes[i] = char(bytes[i] ^ flip);
                QVERIFY(writeBytes(damaged, bytes));
                auto opened = VaultStore::openWithPassword(damaged, password("pw"));
                QVERIFY2(!opened, qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
                const ErrorCode code = opened.error().code;
                QVERIFY2(code == ErrorCode::Corrupted || code == ErrorCode::UnsupportedVersion,
                         qPrintable(QStringLiteral("byte %1: code %2").arg(i).arg(int(code))));
                QCOMPARE(fileBytes(damaged), bytes);
            }
        }
    }

    void truncatedAndEmptyFilesAreCorrupted()
    {
        const QString file = path("cut.tessera");
        created(file);
        const QByteArray good = fileBytes(file);
        const QString cut = path("cut2.tessera");
        for (qsizetype length = 0; length < good.size(); length += 7) {
            QVERIFY(writeBytes(cut, good.left(length)));
            auto opened = VaultStore::openWithPassword(cut, password("pw"));
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, ErrorCode::Corrupted);
        }
    }

    void passwordChangeKeepsAccounts()
    {
        const QString file = path("passwd.tessera");
        auto store = created(file);
        QVERIFY(session::addAccount(*store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DP"), 1));
        QVERIFY(session::changePassword(*store, password("new cedar lantern orbit"), fastKdf()));
        QCOMPARE(VaultStore::openWithPassword(file, password("pw")).error().code, ErrorCode::WrongPassword);
        auto reopened = VaultStore::openWithPassword(file, password("new cedar lantern orbit"));
        QVERIFY(reopened);
        QCOMPARE((*reopened)->vault().accounts.size(), 1);
        QCOMPARE((*reopened)->header().keySlots.size(), 1);
    }

    void keychainSlotOpensAndCanBeRemoved()
    {
        const QString file = path("slot.tessera");
        auto store = created(file);
        const SecretBytes slotKey = SecretBytes::copyOf(std::string_view("0123456789abcdef0123456789abcdef"));
        QVERIFY(store->setKeychainSlot(SecretBytes::copyOf(slotKey.bytes())));
        QVERIFY(VaultStore::openWithKeychainKey(file, slotKey));
        QCOMPARE(VaultStore::openWithKeychainKey(file, SecretBytes(32)).error().code, ErrorCode::WrongPassword);
        QVERIFY(store->setKeychainSlot(std::nullopt));
        QCOMPARE(VaultStore::openWithKeychainKey(file, slotKey).error().code, ErrorCode::WrongPassword);
        QVERIFY(VaultStore::openWithPassword(file, password("pw")));
    }

    void backupsKeepTheNewestTen()
    {
        const QString file = path("rotate.tessera");
        auto store = created(file);
        QList<QByteArray> versions;
        for (int i = 0; i < 14; ++i) {
            versions.append(fileBytes(file));
            QVERIFY(session::addAccount(*store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DP"), i));
        }
        QDir backups(backupsFolderFor(file));
        const QStringList names = backups.entryList({QStringLiteral("rotate-*.tessera")}, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), kBackupsKept);
        QCOMPARE(fileBytes(backups.filePath(names.last())), versions.last());
        QCOMPARE(fileBytes(backups.filePath(names.first())), versions[versions.size() - kBackupsKept]);
        QVERIFY(VaultStore::openWithPassword(backups.filePath(names.first()), password("pw")));
    }

    // Two open copies of one vault (the GUI and the CLI, say) each add an account: both survive.
    void aSaveNeverOverwritesAChangeItHasNotSeen()
    {
        const QString file = path("shared.tessera");
        auto first = created(file);
        auto second = std::move(*VaultStore::openWithPassword(file, password("pw")));
        QVERIFY(session::addAccount(*first, keyFrom("otpauth://totp/First:a?secret=JBSWY3DP"), 1));
        QVERIFY(session::addAccount(*second, keyFrom("otpauth://totp/Second:b?secret=JBSWY3DP"), 2));
        QCOMPARE(second->vault().accounts.size(), 2);
        auto reopened = VaultStore::openWithPassword(file, password("pw"));
        QCOMPARE((*reopened)->vault().accounts.size(), 2);
        QCOMPARE(*first->reload(), true);
        QCOMPARE(first->vault().accounts.size(), 2);
        QCOMPARE(*first->reload(), false);
    }

    void aDifferentVaultAtThePathIsNotOverwritten()
    {
        const QString file = path("replaced.tessera");
        auto store = created(file);
        const QString other = path("other.tessera");
        created(other);
        QVERIFY(QFile::remove(file));
        QVERIFY(QFile::copy(other, file));
        const QByteArray before = fileBytes(file);
        auto added = session::addAccount(*store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DP"), 1);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::VaultReplaced);
        QCOMPARE(fileBytes(file), before);
    }

    void aDeletedFileIsWrittenAgain()
    {
        const QString file = path("deleted.tessera");
        auto store = created(file);
        QVERIFY(session::addAccount(*store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DP"), 1));
        QVERIFY(QFile::remove(file));
        QVERIFY(session::addAccount(*store, keyFrom("otpauth://totp/C:d?secret=JBSWY3DP"), 2));
        QCOMPARE((*VaultStore::openWithPassword(file, password("pw")))->vault().accounts.size(), 2);
    }

    // One unreadable account inside an intact payload is kept aside, reported, and written back.
    void anInvalidAccountIsQuarantinedNotFatal()
    {
        const QString file = path("quarantine.tessera");
        auto store = created(file);
        QVERIFY(session::addAccount(*store, keyFrom("otpauth://totp/Good:a?secret=JBSWY3DP"), 1));
        QVERIFY(store->update([](Vault &v) -> Result<void> {
            v.quarantined.append({QJsonObject{{QStringLiteral("id"), QStringLiteral("not-a-uuid")},
                                              {QStringLiteral("secret"), QStringLiteral("x")}},
                                  QStringLiteral("test")});
            return {};
        }));
        auto reopened = VaultStore::openWithPassword(file, password("pw"));
        QVERIFY(reopened);
        QCOMPARE((*reopened)->vault().accounts.size(), 1);
        QCOMPARE((*reopened)->vault().quarantined.size(), 1);
        QCOMPARE((*reopened)->vault().quarantined[0].reason, QStringLiteral("no valid id"));
        QVERIFY(session::addAccount(**reopened, keyFrom("otpauth://totp/More:b?secret=JBSWY3DP"), 2));
        auto again = VaultStore::openWithPassword(file, password("pw"));
        QCOMPARE((*again)->vault().accounts.size(), 2);
        QCOMPARE((*again)->vault().quarantined.size(), 1);
        QCOMPARE((*again)->vault().quarantined[0].raw.value(QStringLiteral("id")).toString(),
                 QStringLiteral("not-a-uuid"));
    }

    // A writer killed between creating the lock file and writing its name into it leaves an empty
    // file; the next save takes it over instead of reporting the vault busy for half a minute.
    void aNamelessLockLeftByAKilledWriterIsTakenOver()
    {
        const QString file = path("nameless-lock.tessera");
        auto store = created(file);
        QFile lock(file + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
        lock.close();
        QVERIFY(session::addAccount(*store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DP"), 1));
        QCOMPARE((*VaultStore::openWithPassword(file, password("pw")))->vault().accounts.size(), 1);
        QVERIFY(!QFile::exists(lock.fileName()));
    }

    // A program killed while it took over a dead program's lock leaves Qt's second lock file
    // ("<lock>.rmlock") empty; Qt would not take either over for 30 s, so the vault seemed busy.
    void aTakeoverCutShortByAKillDoesNotLeaveTheVaultBusy()
    {
        const QString file = path("takeover-lock.tessera");
        auto store = created(file);
        QFile lock(file + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        // A process that is gone (no PID is this large), on this computer, as QLockFile writes it.
        lock.write("2147483000\ntest_vault_store\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        QFile takeover(lock.fileName() + QStringLiteral(".rmlock"));
        QVERIFY(takeover.open(QIODevice::WriteOnly));
        QVERIFY(takeover.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
        takeover.close();
        QElapsedTimer took;
        took.start();
        QVERIFY(session::addAccount(*store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DP"), 1));
        QVERIFY2(took.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(took.elapsed())));
        QVERIFY(!QFile::exists(lock.fileName()));
        QVERIFY(!QFile::exists(takeover.fileName()));
    }

    // ...but a lock a live program holds is never taken, even when its file names nobody.
    void aLiveLockIsRespectedEvenWhenItNamesNobody()
    {
        const QString file = path("live-lock.tessera");
        auto store = created(file);
        QLockFile held(file + QStringLiteral(".lock"));
        QVERIFY(held.tryLock());
        QFile lock(held.fileName());
        QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
        lock.close();
        const QByteArray before = fileBytes(file);
        auto added = session::addAccount(*store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DP"), 1);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::VaultBusy);
        QCOMPARE(fileBytes(file), before);
        QVERIFY(QFile::exists(held.fileName()));
    }

    void aFailedChangeWritesNothing()
    {
        const QString file = path("failed.tessera");
        auto store = created(file);
        const QByteArray before = fileBytes(file);
        auto result = store->update([](Vault &v) -> Result<void> {
            v.accounts.append(Account{});
            return fail(ErrorCode::AccountNotFound, QStringLiteral("x"));
        });
        QVERIFY(!result);
        QCOMPARE(fileBytes(file), before);
        QVERIFY(store->vault().accounts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVaultStore)
#include "test_vault_store.moc"
