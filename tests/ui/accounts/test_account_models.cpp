// The account list model and its filter: roles, live codes, the once-a-second countdown that only
// announces codes whose step turned, search, groups, favourites and sort orders.
#include "gui_fixture.h"
#include "manual_countdown.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "accounts/code_format.h"
#include "app/ticker.h"
#include "app/vault_session.h"

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

    // A long list: whatever a keystroke does to it (a few rows going, most of them, all coming back),
    // the rows shown are exactly the matching accounts in order, and the signals the view hears add up
    // (QAbstractItemModelTester). Sorting and favourites keep the same rows in a new order.
    void filterAgreesWithAPlainSearchOverALongList()
    {
        const char *issuers[] = {"Kaspersky", "MyKerio", "Gcore", "GitHub", "Google", "Ünïcode", "Steam"};
        GuiFixture f(0, [&](const QString &path) {
            auto store = std::move(*tessera::vault::VaultStore::create(path, password("pw"), fastKdf()));
            std::vector<tessera::uri::KeyUri> keys;
            for (int i = 0; i < 300; ++i) {
                tessera::uri::KeyUri key = keyFrom("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP");
                key.issuer = QString::fromUtf8(issuers[i % 7]) + QString::number(i % 13);
                key.name = QStringLiteral("user%1@example.com").arg(i);
                keys.push_back(std::move(key));
            }
            QVERIFY(tessera::session::addAccounts(*store, keys, 0));
        });
        QVERIFY(f.unlock());
        AccountFilterModel *filter = f.services->filteredAccounts();
        QAbstractItemModelTester tester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(filter, &AccountFilterModel::countChanged);
        const auto expected = [&](const QString &query) {
            QStringList ids;
            const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
            for (const auto &a : f.services->session()->vault()->accounts) {
                const bool all = std::all_of(words.begin(), words.end(), [&](const QString &w) {
                    return a.issuer.contains(w, Qt::CaseInsensitive) || a.name.contains(w, Qt::CaseInsensitive);
                });
                if (all)
                    ids.append(a.id.toString(QUuid::WithoutBraces));
            }
            return ids;
        };
        const auto shown = [&] {
            QStringList ids;
            for (int row = 0; row < filter->count(); ++row)
                ids.append(filter->idAt(row));
            return ids;
        };
        // Narrowing a letter at a time, a query matching nothing, widening again, words in any case.
        const QString queries[] = {"k", "ka", "kas", "kaspersky1", "kaspersky12", "zzz", "kaspersky1", "", "USER1",
                                   "user12", "user1", "ÜNÏ", "3 user", "", "9", "99", ""};
        for (const QString &query : queries) {
            const int before = counts.size();
            const int countBefore = filter->count();
            filter->setSearchText(query);
            QCOMPARE(shown(), expected(query));
            if (filter->count() != countBefore)
                QVERIFY(counts.size() > before); // the list page's "No matches" and counts follow
        }
        const QString last = filter->idAt(299);
        QVERIFY(f.accounts->setFavourite(last, true));
        QCOMPARE(filter->idAt(0), last);
        filter->setSearchText(QStringLiteral("user29"));
        QCOMPARE(filter->idAt(0), last); // the favourite leads the matches too
        filter->setSortMode(AccountFilterModel::ByIssuer);
        filter->setSearchText({});
        QCOMPARE(filter->count(), 300);
        for (int row = 2; row < 300; ++row) // after the favourite, alphabetical by issuer
            QVERIFY(QString::localeAwareCompare(filter->index(row - 1, 0).data(AccountListModel::IssuerRole).toString(),
                                                filter->index(row, 0).data(AccountListModel::IssuerRole).toString()) <= 0);
    }

    void tickerRunsAlignedToSecondsAndStops()
    {
        std::int64_t now = 5750;
        auto owned = std::make_unique<ManualCountdown>();
        ManualCountdown *nextSecond = owned.get();
        Ticker ticker([&] { return now; }, std::move(owned));
        QSignalSpy ticks(&ticker, &Ticker::tick);
        ticker.setRunning(true);
        QCOMPARE(ticks.size(), 1); // catches up at once
        QCOMPARE(ticks.last().at(0).toLongLong(), 5750);
        // The next tick is due just after the second turns: 250 ms to 6000, plus the slack.
        QCOMPARE(nextSecond->delay(), std::chrono::milliseconds(250 + Ticker::kAfterSecondMs));
        now = 6000 + Ticker::kAfterSecondMs;
        nextSecond->expire();
        QCOMPARE(ticks.size(), 2);
        QCOMPARE(ticks.last().at(0).toLongLong(), 6000 + Ticker::kAfterSecondMs);
        QCOMPARE(nextSecond->delay(), std::chrono::milliseconds(1000)); // aligned: a whole second on
        now = 6400; // fired late (a busy machine): the next one realigns to 7000
        nextSecond->expire();
        QCOMPARE(nextSecond->delay(), std::chrono::milliseconds(600 + Ticker::kAfterSecondMs));
        ticker.setRunning(false);
        QVERIFY(!nextSecond->isActive()); // stopped: nothing is due
        ticks.clear();
        ticker.restart(); // a new time correction while paused shows nothing
        QCOMPARE(ticks.size(), 0);
        QVERIFY(!nextSecond->isActive());
    }
};

QTEST_MAIN(TestAccountModels)
#include "test_account_models.moc"
