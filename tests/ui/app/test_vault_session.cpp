// The open vault the controllers share: changes by other programs, changes while lent out.
#include "gui_fixture.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "app/vault_session.h"
#include "vault/sync_controller.h"

#include "session/password_change.h"

#include <QDir>
#include <QSignalSpy>

using namespace tessera::bridge;

class TestVaultSession : public QObject
{
    Q_OBJECT
private slots:
    // The CLI adds an account while the app is open: the list shows it without a restart.
    void followsChangesMadeByOtherPrograms()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        auto other = std::move(*tessera::vault::VaultStore::openWithPassword(f.path, password("pw")));
        QVERIFY(tessera::session::addAccount(*other, keyFrom("otpauth://totp/FromCli:x?secret=JBSWY3DP"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(f.services->accounts()->rowCount(), 5, 5000);
    }

    // A sync tool's conflict copy appears beside the open vault: merged, moved aside, said in one line.
    void mergesConflictCopiesAsTheyAppear()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QSignalSpy arrived(f.services->session(), &VaultSession::arrived);
        QTemporaryDir elsewhere;
        const QString there = elsewhere.filePath(QStringLiteral("v.tessera"));
        QVERIFY(QFile::copy(f.path, there));
        auto other = std::move(*tessera::vault::VaultStore::openWithPassword(there, password("pw")));
        other->setDevice(QStringLiteral("the-other-computer"));
        QVERIFY(tessera::session::addAccount(*other, keyFrom("otpauth://totp/Elsewhere:x?secret=JBSWY3DP"), 1));
        const QString copy = QFileInfo(f.path).absoluteDir().filePath(QStringLiteral("v.sync-conflict-20261202-101500-ABCDEFG.tessera"));
        QVERIFY(QFile::copy(there, copy));
        QSignalSpy resets(f.services->accounts(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(f.services->accounts(), &QAbstractItemModel::rowsInserted);
        QTRY_COMPARE_WITH_TIMEOUT(f.services->accounts()->rowCount(), 5, 5000);
        // The row is inserted where it belongs: the list keeps the user's place.
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 5000);
        QCOMPARE(arrived.last(), (QVariantList{1, 0, 0}));
        QVERIFY2(f.vault->notice().contains(QStringLiteral("added on another computer.")), qPrintable(f.vault->notice()));
        QVERIFY(!QFile::exists(copy));
    }

    // A copy saved under another password waits for it: Merge… with that password takes it in.
    void aCopyUnderAnotherPasswordWaitsForMerge()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QTemporaryDir elsewhere;
        const QString there = elsewhere.filePath(QStringLiteral("v.tessera"));
        QVERIFY(QFile::copy(f.path, there));
        auto other = std::move(*tessera::vault::VaultStore::openWithPassword(there, password("pw")));
        QVERIFY(tessera::session::changePassword(*other, password("the laptop's new passphrase"), fastKdf()));
        QVERIFY(tessera::session::addAccount(*other, keyFrom("otpauth://totp/Elsewhere:x?secret=JBSWY3DP"), 1));
        const QString copy = QFileInfo(f.path).absoluteDir().filePath(QStringLiteral("v 2.tessera"));
        QVERIFY(QFile::copy(there, copy));
        SyncController *sync = f.root->sync.get();
        QTRY_COMPARE_WITH_TIMEOUT(sync->waitingCopies(), QStringList{QStringLiteral("v 2.tessera")}, 5000);
        sync->mergeWaitingCopy(QStringLiteral("not it"));
        QVERIFY(sync->messageIsProblem());
        QCOMPARE(f.services->accounts()->rowCount(), 4);
        sync->mergeWaitingCopy(QStringLiteral("the laptop's new passphrase"));
        QVERIFY2(!sync->messageIsProblem(), qPrintable(sync->message()));
        QCOMPARE(f.services->accounts()->rowCount(), 5);
        QCOMPARE(sync->waitingCopies(), QStringList());
        QVERIFY(!QFile::exists(copy));
    }

    // The other computer changed the password: the app locks and asks for the new one, never
    // writing its own state over the file.
    void asksForThePasswordChangedElsewhere()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QTemporaryDir elsewhere;
        const QString there = elsewhere.filePath(QStringLiteral("v.tessera"));
        QVERIFY(QFile::copy(f.path, there));
        auto other = std::move(*tessera::vault::VaultStore::openWithPassword(there, password("pw")));
        QVERIFY(tessera::session::changePassword(*other, password("the new one on the laptop"), fastKdf()));
        const QByteArray theirs = fileBytes(there);
        QVERIFY(writeBytes(f.path + QStringLiteral(".new"), theirs));
        QVERIFY(QFile::remove(f.path) && QFile::rename(f.path + QStringLiteral(".new"), f.path));
        QTRY_VERIFY_WITH_TIMEOUT(!f.services->session()->isOpen(), 5000);
        QVERIFY(f.vault->notice().contains(QStringLiteral("changed on another computer")));
        QCOMPARE(fileBytes(f.path), theirs);
    }
};

QTEST_MAIN(TestVaultSession)
#include "test_vault_session.moc"
