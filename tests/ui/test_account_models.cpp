// The account list model and its filter: roles, live codes, the once-a-second countdown that only
// announces codes whose step turned, search, groups, favourites and sort orders.
#include "gui_fixture.h"

#include "account_filter_model.h"
#include "account_list_model.h"
#include "code_format.h"
#include "ticker.h"
#include "vault_session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tessera::bridge;

class TestAccountModels : public QObject
{
    Q_OBJECT
private slots:
    void groupsCodesForReading()
    {
        QCOMPARE(groupedCode("528064"), QStringLiteral("528 064"));
        QCOMPARE(groupedCode("1234567"), QStringLiteral("123 4567"));
        QCOMPARE(groupedCode("12345678"), QStringLiteral("1234 5678"));
        QCOMPARE(groupedCode("123456789"), QStringLiteral("123 456 789"));
        QCOMPARE(groupedCode("1234567890"), QStringLiteral("12345 67890"));
        QCOMPARE(groupedCode("NTK5M"), QStringLiteral("NTK5M"));
    }

    void listShowsAccountsAndCodes()
    {
        GuiFixture f;
        AccountListModel *model = f.services->accounts();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0); // locked: nothing
        QVERIFY(f.unlock());
        QCOMPARE(model->rowCount(), 4);
        const QModelIndex gcore = model->index(0);
        QCOMPARE(gcore.data(AccountListModel::IssuerRole).toString(), QStringLiteral("Gcore"));
        QCOMPARE(gcore.data(AccountListModel::CodeRole).toString(), QStringLiteral("528 064"));
        QCOMPARE(gcore.data(AccountListModel::RemainingRole).toInt(), 20);
        QCOMPARE(gcore.data(AccountListModel::ShowNextRole).toBool(), false);
        QCOMPARE(model->index(2).data(AccountListModel::KindRole).toString(), QStringLiteral("hotp"));
        QCOMPARE(model->index(2).data(AccountListModel::CodeRole).toString(), QString()); // until asked
        QCOMPARE(model->index(3).data(AccountListModel::CodeRole).toString().size(), 5);
        f.vault->lock();
        QCOMPARE(model->rowCount(), 0);
    }

    void tickAnnouncesCountdownAndOnlyTurnedCodes()
    {
        GuiFixture f;
        AccountListModel *model = f.services->accounts();
        QVERIFY(f.unlock());
        model->index(0).data(AccountListModel::CodeRole); // row 0 is "shown"; the others never asked
        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
        const auto rolesOf = [&](int i) { return changes[i][2].value<QList<int>>(); };
        f.nowMs += 1000;
        emit f.services->ticker()->tick(f.nowMs);
        QCOMPARE(changes.size(), 1); // only the countdown, once for all rows
        QCOMPARE(rolesOf(0), QList<int>{AccountListModel::RemainingRole});
        QCOMPARE(changes[0][1].toModelIndex().row(), 3);
        QCOMPARE(model->index(0).data(AccountListModel::RemainingRole).toInt(), 19);

        changes.clear();
        f.nowMs += 15000; // 4 s left: the next code shows, announced once per timed row
        emit f.services->ticker()->tick(f.nowMs);
        QCOMPARE(changes.size(), 1 + 3); // countdown + Gcore, Kaspersky, Steam (Issuu is HOTP)
        for (int i = 1; i < changes.size(); ++i)
            QCOMPARE(rolesOf(i), QList<int>{AccountListModel::ShowNextRole});
        QVERIFY(model->index(0).data(AccountListModel::ShowNextRole).toBool());
        QVERIFY(!model->index(0).data(AccountListModel::NextCodeRole).toString().isEmpty());

        changes.clear();
        f.nowMs += 1000; // still showing: nothing but the countdown
        emit f.services->ticker()->tick(f.nowMs);
        QCOMPARE(changes.size(), 1);

        changes.clear();
        f.nowMs += 4000; // the step turns
        emit f.services->ticker()->tick(f.nowMs);
        QCOMPARE(changes.size(), 1 + 3);
        QCOMPARE(changes[1][0].toModelIndex().row(), 0);
        QCOMPARE(rolesOf(1), (QList<int>{AccountListModel::ShowNextRole, AccountListModel::CodeRole, AccountListModel::NextCodeRole}));
        QCOMPARE(rolesOf(2), QList<int>{AccountListModel::ShowNextRole}); // never shown: no code work
        QVERIFY(model->index(0).data(AccountListModel::CodeRole).toString() != QStringLiteral("528 064"));
    }

    void filterSearchesGroupsAndSorts()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        AccountFilterModel *filter = f.services->filteredAccounts();
        QAbstractItemModelTester tester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter->count(), 4);
        filter->setSearchText(QStringLiteral("ANNA"));
        QCOMPARE(filter->count(), 1);
        QCOMPARE(filter->index(0, 0).data(AccountListModel::IssuerRole).toString(), QStringLiteral("Kaspersky"));
        filter->setSearchText(QStringLiteral("example com"));
        QCOMPARE(filter->count(), 1); // every word, in the issuer or the name: only Gcore (…example.com)
        filter->setSearchText({});

        const QString steam = filter->idAt(3);
        QVERIFY(f.accounts->setFavourite(steam, true));
        QCOMPARE(filter->idAt(0), steam); // favourites first
        filter->setFavouritesFirst(false);
        QCOMPARE(filter->idAt(3), steam);

        filter->setSortMode(AccountFilterModel::ByIssuer);
        QCOMPARE(filter->index(0, 0).data(AccountListModel::IssuerRole).toString(), QStringLiteral("Gcore"));
        QCOMPARE(filter->index(3, 0).data(AccountListModel::IssuerRole).toString(), QStringLiteral("Steam"));
        filter->setSortMode(AccountFilterModel::MostUsed);
        QVERIFY(f.accounts->copyCode(steam));
        QCOMPARE(filter->idAt(0), steam);

        const QString gcore = filter->idAt(1);
        QVERIFY(f.accounts->edit(gcore, QStringLiteral("Gcore"), QStringLiteral("me@example.com"), QStringLiteral("Work"), {}));
        QCOMPARE(f.accounts->groups(), QStringList{QStringLiteral("Work")});
        filter->setGroup(QStringLiteral("Work"));
        QCOMPARE(filter->count(), 1);
    }

    void tickerRunsAlignedToSecondsAndStops()
    {
        std::int64_t now = 5750;
        Ticker ticker([&] { return now; });
        QSignalSpy ticks(&ticker, &Ticker::tick);
        ticker.setRunning(true);
        QCOMPARE(ticks.size(), 1); // catches up at once
        QVERIFY(ticks.wait(2000));
        ticker.setRunning(false);
        ticks.clear();
        QTest::qWait(1300);
        QCOMPARE(ticks.size(), 0);
    }
};

QTEST_MAIN(TestAccountModels)
#include "test_account_models.moc"
