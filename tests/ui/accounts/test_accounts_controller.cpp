// What the user does with an account: copy with a guarded clipboard, HOTP, edit, reorder, delete
// and undo, reveal, recovery codes.
#include "gui_fixture.h"
#include "manual_countdown.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "app/vault_session.h"

#include <QSignalSpy>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace tessera::bridge;

class TestAccountsController : public QObject
{
    Q_OBJECT
private slots:
    void copyMarksSensitiveAndClearsOnlyOurCode()
    {
        ManualCountdowns timers;
        GuiFixture f(4, {}, timers.factory());
        QVERIFY(f.unlock());
        f.settings->setClipboardClearSeconds(1);
        const auto clearing = [&]() -> ManualCountdown * { // the clipboard's: the one counting down 1 s
            for (ManualCountdown *c : timers.made)
                if (c->isActive() && c->delay() == std::chrono::seconds(1))
                    return c;
            return nullptr;
        };
        QSignalSpy messages(f.accounts, &Controller::reported);
        const QString gcore = f.services->filteredAccounts()->idAt(0);
        QVERIFY(f.accounts->copyCode(gcore));
        QClipboard *clipboard = QGuiApplication::clipboard();
        QCOMPARE(clipboard->text(), QStringLiteral("528064"));
        QVERIFY(clipboard->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QCOMPARE(messages.last()[0].toString(), QStringLiteral("Copied — clears in 1 s"));
        QVERIFY(clearing());
        clearing()->expire();
        QCOMPARE(clipboard->text(), QString());

        QVERIFY(f.accounts->copyCode(gcore));
        clipboard->setText(QStringLiteral("something the user copied"));
        QVERIFY(clearing());
        clearing()->expire();
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
        QCOMPARE(f.accounts->details(issuu).counter, QStringLiteral("7"));
    }

    void editMoveDeleteUndo()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        AccountFilterModel *list = f.services->filteredAccounts();
        const QString kaspersky = list->idAt(1);
        QVERIFY(f.accounts->edit(kaspersky, QStringLiteral("Kaspersky Lab"), QStringLiteral("anna"), QStringLiteral("Home"), QStringLiteral("note")));
        QCOMPARE(f.accounts->details(kaspersky).issuer, QStringLiteral("Kaspersky Lab"));
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
        QSignalSpy undoable(f.accounts, &AccountsController::undoableMessage);
        QSignalSpy plain(f.accounts, &Controller::reported);
        QVERIFY(f.accounts->remove(kaspersky));
        QCOMPARE(list->count(), 3);
        QCOMPARE(undoable.size(), 1); // only a delete offers Undo
        QCOMPARE(plain.size(), 0);
        QVERIFY(f.accounts->canUndo());
        QVERIFY(f.accounts->undoRemove());
        QCOMPARE(list->count(), 4);
        QCOMPARE(list->idAt(0), kaspersky); // back where it was
        QCOMPARE(f.accounts->details(kaspersky).notes, QStringLiteral("note"));
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
        const AccountDetails details = f.accounts->details(gcore);
        QCOMPARE(details.recoveryTotal(), 2);
        QCOMPARE(details.recoveryUsed, (QList<bool>{false, false})); // the state only: codes are not in it
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
        QSignalSpy revealErrors(f.accounts, &Controller::errorStringChanged);
        QVERIFY(!f.accounts->revealSecret(QUuid::createUuid().toString()));
        QCOMPARE(revealErrors.size(), 1);
        QVERIFY(f.accounts->errorString().startsWith(QStringLiteral("No account matches")));
        QVERIFY(f.accounts->copyNextRecoveryCode(gcore));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("1234 5678"));
        QCOMPARE(f.accounts->details(gcore).recoveryUsed, (QList<bool>{true, false}));
        QVERIFY(f.accounts->copyNextRecoveryCode(gcore));
        QSignalSpy errors(f.accounts, &Controller::reported);
        QVERIFY(!f.accounts->copyNextRecoveryCode(gcore));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(1).toBool(), true);
    }
};

QTEST_MAIN(TestAccountsController)
#include "test_accounts_controller.moc"
