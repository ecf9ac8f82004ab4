// The QML controllers driven from C++ as QML drives them: first run, unlock, lock, copy with a
// guarded clipboard, HOTP, edit, reorder, delete and undo, reveal, recovery codes, adding accounts.
#include "gui_fixture.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "desktop/launch_arguments.h"
#include "desktop/single_instance.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include "app/vault_session.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QLocalSocket>
#include <QFile>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>

using namespace tessera::bridge;

class TestControllers : public QObject
{
    Q_OBJECT
private slots:
    void firstRunCreatesAndUnlocks()
    {
        GuiFixture f(0);
        QCOMPARE(f.vault->state(), VaultController::NoVault);
        f.vault->createVault(QStringLiteral("a"), QStringLiteral("b"), false);
        QVERIFY(f.vault->errorString().contains(QStringLiteral("differ")));
        f.vault->createVault(QStringLiteral("correct horse battery staple"), QStringLiteral("correct horse battery staple"), false);
        QVERIFY(f.vault->busy());
        QVERIFY(QTest::qWaitFor([&] { return f.vault->state() == VaultController::Unlocked; }, 15000));
        QVERIFY(QFile::exists(f.path));
        // The password slot costs a guesser Argon2id `moderate`: 3 passes over 256 MiB (docs/SECURITY.md).
        const auto header = tessera::vault::VaultStore::readHeader(f.path);
        QVERIFY(header);
        QCOMPARE(header->keySlots.size(), 1);
        QCOMPARE(header->keySlots[0].kdf, (tessera::crypto::Argon2Params{3, 256ull * 1024 * 1024}));
        f.vault->lock();
        QCOMPARE(f.vault->state(), VaultController::Locked);
    }

    // The backup page's "Choose accounts": only the chosen ones go into the file.
    void fileExportTakesTheChosenAccounts()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        const QString id = f.services->accounts()->data(f.services->accounts()->index(1, 0), AccountListModel::IdRole).toString();
        const QString path = f.dir.filePath(QStringLiteral("one.txt"));
        f.fileExports->save(FileExportController::OtpauthList, QUrl::fromLocalFile(path), {}, {}, {id});
        QVERIFY(QTest::qWaitFor([&] { return !f.fileExports->busy(); }, 10000));
        QVERIFY2(!f.fileExports->messageIsProblem(), qPrintable(f.fileExports->message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count('\n'), 1);
        QVERIFY(text.startsWith("otpauth://"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void firstRunCanStartByImporting()
    {
        GuiFixture f(0);
        const QString list = f.dir.filePath(QStringLiteral("links.txt"));
        writeBytes(list, "otpauth://totp/Gcore:me?secret=JBSWY3DPEHPK3PXP\nnot a link\n"
                         "otpauth://totp/MyKerio:me?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ\n");
        QSignalSpy shown(f.imports.get(), &ImportController::showRequested);
        f.imports->openWhenUnlocked(QUrl::fromLocalFile(list)); // what the first-run page does
        f.vault->createVault(QStringLiteral("correct horse battery staple"), QStringLiteral("correct horse battery staple"), false);
        QVERIFY(QTest::qWaitFor([&] { return f.vault->state() == VaultController::Unlocked; }, 15000));
        QCOMPARE(shown.count(), 1);
        QVERIFY(QTest::qWaitFor([&] { return f.imports->results()->rowCount() == 2; }, 5000));
        QVERIFY(f.imports->skippedText().contains(QStringLiteral("line 2")));
        QVERIFY(f.imports->addSelected());
        QCOMPARE(f.services->accounts()->rowCount(), 2);
    }

    // `tessera otpauth://…` (a link clicked in a browser), a picture and an export file given while the
    // vault is locked: each waits for the unlock, then the link is previewed, not added unasked.
    void launchArgumentsWaitForTheUnlock()
    {
        GuiFixture f;
        const QString list = f.dir.filePath(QStringLiteral("export.txt"));
        writeBytes(list, "otpauth://totp/MyKerio:me?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ\n");
        QSignalSpy scanShown(f.scan.get(), &ScanController::showRequested);
        QSignalSpy importShown(f.imports.get(), &ImportController::showRequested);
        openLaunchArguments({QStringLiteral("otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXQ&issuer=Example"),
                             QStringLiteral("export.txt")},
                            f.dir.path(), *f.scan, *f.imports);
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

    void passwordStrengthGrows()
    {
        GuiFixture f(0);
        // zxcvbn's estimate (session/password_strength.h): 1 is refused, 2 weak, 3 good, 4 strong.
        QCOMPARE(f.vault->passwordStrength({}), 0);
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("abc")), 1);
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("abcdefgh")), 1);
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("password1234")), 1); // long but common: not "Good"
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("battery horse staple")), 2);
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("correct horse battery staple")), 3);
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("pw-for-tests-7Hq!x")), 4);
        QVERIFY(f.vault->passwordHint(QStringLiteral("abc")).contains(QStringLiteral("40")));
        QVERIFY(f.vault->passwordHint(QStringLiteral("password1234")).contains(QStringLiteral("common")));
        // A too weak password creates no vault, and says why.
        GuiFixture empty(0);
        empty.vault->createVault(QStringLiteral("password1234"), QStringLiteral("password1234"), false);
        QVERIFY(QTest::qWaitFor([&] { return !empty.vault->busy(); }, 10000));
        QCOMPARE(empty.vault->state(), VaultController::NoVault);
        QVERIFY(empty.vault->errorString().contains(QStringLiteral("too easy to guess")));
        QVERIFY(!QFile::exists(empty.path));
    }

    void wrongPasswordSaysSoAndStaysLocked()
    {
        GuiFixture f;
        QCOMPARE(f.vault->state(), VaultController::Locked);
        f.vault->unlock(QStringLiteral("nope"));
        QVERIFY(QTest::qWaitFor([&] { return !f.vault->busy(); }, 10000));
        QCOMPARE(f.vault->state(), VaultController::Locked);
        QVERIFY(f.vault->errorString().startsWith(QStringLiteral("Wrong password")));
        QVERIFY(f.unlock());
        QVERIFY(f.vault->errorString().isEmpty());
    }

    void copyMarksSensitiveAndClearsOnlyOurCode()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        f.settings->setClipboardClearSeconds(1);
        QSignalSpy messages(f.accounts.get(), &AccountsController::message);
        const QString gcore = f.services->filteredAccounts()->idAt(0);
        QVERIFY(f.accounts->copyCode(gcore));
        QClipboard *clipboard = QGuiApplication::clipboard();
        QCOMPARE(clipboard->text(), QStringLiteral("528064"));
        QVERIFY(clipboard->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QCOMPARE(messages.last()[0].toString(), QStringLiteral("Copied — clears in 1 s"));
        QTRY_COMPARE_WITH_TIMEOUT(clipboard->text(), QString(), 3000);

        QVERIFY(f.accounts->copyCode(gcore));
        clipboard->setText(QStringLiteral("something the user copied"));
        QTest::qWait(1500);
        QCOMPARE(clipboard->text(), QStringLiteral("something the user copied"));
    }

    void hotpNextCodeAdvances()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        const QString issuu = f.services->filteredAccounts()->idAt(2);
        QVERIFY(f.accounts->nextHotpCode(issuu));
        QCOMPARE(f.services->accounts()->index(2).data(AccountListModel::CodeRole).toString(), QStringLiteral("254 676"));
        QVERIFY(f.accounts->nextHotpCode(issuu));
        QCOMPARE(f.services->accounts()->index(2).data(AccountListModel::CodeRole).toString(), QStringLiteral("287 922"));
        QCOMPARE(f.accounts->details(issuu).value(QStringLiteral("counter")).toString(), QStringLiteral("7"));
    }

    void editMoveDeleteUndo()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        AccountFilterModel *list = f.services->filteredAccounts();
        const QString kaspersky = list->idAt(1);
        QVERIFY(f.accounts->edit(kaspersky, QStringLiteral("Kaspersky Lab"), QStringLiteral("anna"), QStringLiteral("Home"), QStringLiteral("note")));
        QCOMPARE(f.accounts->details(kaspersky).value(QStringLiteral("issuer")).toString(), QStringLiteral("Kaspersky Lab"));
        QVERIFY(f.accounts->move(kaspersky, list->idAt(0)));
        QCOMPARE(list->idAt(0), kaspersky);
        // Dragged down onto the third row it lands after it; up onto the first, before it.
        QVERIFY(f.accounts->moveOnto(kaspersky, list->idAt(2)));
        QCOMPARE(list->idAt(2), kaspersky);
        QVERIFY(f.accounts->moveBy(kaspersky, -1));
        QCOMPARE(list->idAt(1), kaspersky);
        QVERIFY(!f.accounts->moveBy(list->idAt(0), -1));
        QVERIFY(f.accounts->moveOnto(kaspersky, list->idAt(0)));
        QCOMPARE(list->idAt(0), kaspersky);
        QSignalSpy undoable(f.accounts.get(), &AccountsController::undoableMessage);
        QSignalSpy plain(f.accounts.get(), &AccountsController::message);
        QVERIFY(f.accounts->remove(kaspersky));
        QCOMPARE(list->count(), 3);
        QCOMPARE(undoable.size(), 1); // only a delete offers Undo
        QCOMPARE(plain.size(), 0);
        QVERIFY(f.accounts->canUndo());
        QVERIFY(f.accounts->undoRemove());
        QCOMPARE(list->count(), 4);
        QCOMPARE(list->idAt(0), kaspersky); // back where it was
        QCOMPARE(f.accounts->details(kaspersky).value(QStringLiteral("notes")).toString(), QStringLiteral("note"));
        QVERIFY(!f.accounts->canUndo());
    }

    void revealAndRecoveryCodes()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        const QString gcore = f.services->filteredAccounts()->idAt(0);
        QVERIFY(f.accounts->revealSecret(gcore));
        QCOMPARE(f.accounts->revealed()->secret(), QStringLiteral("JBSW Y3DP EHPK 3PXP"));
        QCOMPARE(f.accounts->revealed()->accountId(), gcore);
        QVERIFY(f.accounts->addRecoveryCodes(gcore, QStringLiteral("1234 5678\nabcd-efgh\n\n"), false));
        const QVariantList codes = f.accounts->recoveryCodes(gcore);
        QCOMPARE(codes.size(), 2);
        QVERIFY(!codes[0].toMap().contains(QStringLiteral("code"))); // not shown until asked for
        QVERIFY(!f.accounts->revealed()->recoveryCodesShown());
        QVERIFY(f.accounts->revealRecoveryCodes(gcore));
        QCOMPARE(f.accounts->revealed()->recoveryCodes(), (QStringList{QStringLiteral("1234 5678"), QStringLiteral("abcd-efgh")}));
        // Another account's reveal hides this one's; locking hides everything.
        QVERIFY(f.accounts->revealSecret(f.services->filteredAccounts()->idAt(1)));
        QVERIFY(f.accounts->revealed()->recoveryCodes().isEmpty());
        f.vault->lock();
        QVERIFY(f.accounts->revealed()->secret().isEmpty());
        QVERIFY(f.accounts->revealed()->accountId().isEmpty());
        QVERIFY(f.unlock());
        // A missing account is said, not shown as "no key".
        QSignalSpy revealErrors(f.accounts.get(), &AccountsController::errorOccurred);
        QVERIFY(!f.accounts->revealSecret(QUuid::createUuid().toString()));
        QCOMPARE(revealErrors.size(), 1);
        QVERIFY(f.accounts->copyNextRecoveryCode(gcore));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("1234 5678"));
        QVERIFY(f.accounts->recoveryCodes(gcore)[0].toMap().value(QStringLiteral("used")).toBool());
        QVERIFY(f.accounts->copyNextRecoveryCode(gcore));
        QSignalSpy errors(f.accounts.get(), &AccountsController::errorOccurred);
        QVERIFY(!f.accounts->copyNextRecoveryCode(gcore));
        QCOMPARE(errors.size(), 1);
    }

    void addingChecksAsTheUserTypes()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QCOMPARE(f.add->secretProblem(QStringLiteral("jbsw y3dp")), QString());
        QVERIFY(f.add->secretProblem(QStringLiteral("JBSW1")).contains(QStringLiteral("position 5")));
        QVERIFY(f.add->linkProblem(QStringLiteral("https://example.com")).contains(QStringLiteral("https")));
        QCOMPARE(f.add->linkPreview(QStringLiteral("otpauth://totp/A:b?secret=JBSWY3DP")).value(QStringLiteral("issuer")).toString(),
                 QStringLiteral("A"));
        QSignalSpy added(f.add.get(), &AddAccountController::added);
        QVERIFY(f.add->addManual(QStringLiteral("MyKerio"), QStringLiteral("me"), QStringLiteral("jbsw y3dp ehpk 3pxp"),
                                 QStringLiteral("totp"), QStringLiteral("SHA1"), 6, 30, {}));
        QVERIFY(f.add->addFromLink(QStringLiteral("otpauth://hotp/X:y?secret=JBSWY3DP&counter=3")));
        QCOMPARE(added.size(), 2);
        QCOMPARE(f.services->accounts()->rowCount(), 6);
        QVERIFY(!f.add->addManual({}, {}, QStringLiteral("JBSWY3DP"), QStringLiteral("totp"), QStringLiteral("SHA1"), 6, 30, {}));
        QVERIFY(!f.add->errorString().isEmpty());
        QVERIFY(!f.add->addManual(QStringLiteral("A"), {}, QStringLiteral("JB1"), QStringLiteral("totp"), QStringLiteral("SHA1"), 6, 30, {}));
        QVERIFY(f.add->errorString().contains(QStringLiteral("position 3")));
    }

    // The CLI adds an account while the app is open: the list shows it without a restart.
    void followsChangesMadeByOtherPrograms()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        auto other = std::move(*tessera::vault::VaultStore::openWithPassword(f.path, password("pw")));
        QVERIFY(tessera::session::addAccount(*other, keyFrom("otpauth://totp/FromCli:x?secret=JBSWY3DP"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(f.services->accounts()->rowCount(), 5, 5000);
    }
};

QTEST_MAIN(TestControllers)
#include "test_controllers.moc"
