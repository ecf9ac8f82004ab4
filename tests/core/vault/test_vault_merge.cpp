// Merging copies of one vault changed apart: the rules one by one, then the laws (commutative,
// associative, idempotent, every copy ends the same) over thousands of random histories of two and
// three computers. The histories go through recordChanges, as every save does.
#include "vault_replica.h"

#include "vault/vault_payload.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace tessera;
using namespace tessera::vault;

namespace {

QUuid idFrom(QRandomGenerator &random)
{
    QUuid id;
    id.data1 = random.generate();
    id.data2 = static_cast<ushort>(random.bounded(65536));
    id.data3 = static_cast<ushort>(random.bounded(65536));
    for (uchar &b : id.data4)
        b = static_cast<uchar>(random.bounded(256));
    return id;
}

QByteArray bytes(const Vault &vault)
{
    return serializePayload(vault);
}

QStringList issuers(const Vault &vault)
{
    QStringList list;
    for (const Account &a : vault.accounts)
        list.append(a.issuer);
    return list;
}

// A random change as a user makes one: add, rename, favour, icon, notes, count an HOTP code, add,
// use or replace recovery codes, move, delete, undo a delete, list a website, answer or forget a site.
void randomChange(Replica &replica, QRandomGenerator &random)
{
    Vault &v = replica.vault;
    const int kind = v.accounts.isEmpty() ? 0 : random.bounded(14);
    const auto any = [&]() -> Account & { return v.accounts[random.bounded(static_cast<int>(v.accounts.size()))]; };
    const auto word = [&] { return QStringLiteral("w%1").arg(random.bounded(20)); };
    const qint64 tick = 1 + random.bounded(3000); // sometimes several changes within a second
    switch (kind) {
    case 0:
        replica.change([&](Vault &x) {
            Account a = account(idFrom(random), word(), QByteArray::number(random.generate64()).repeated(3));
            if (random.bounded(3) == 0) {
                a.params.type = otp::OtpType::Hotp;
                a.params.counter = random.bounded(5);
            }
            x.accounts.insert(random.bounded(static_cast<int>(x.accounts.size()) + 1), a);
        }, tick);
        break;
    case 1:
        replica.change([&](Vault &) { any().issuer = word(); }, tick);
        break;
    case 2:
        replica.change([&](Vault &) { Account &a = any(); a.favourite = !a.favourite; a.group = word(); }, tick);
        break;
    case 3:
        replica.change([&](Vault &) { any().icon = word(); }, tick);
        break;
    case 4:
        replica.change([&](Vault &) { any().notes = word(); }, tick);
        break;
    case 5:
        replica.change([&](Vault &) { any().params.counter += 1 + random.bounded(3); }, tick);
        break;
    case 6:
        replica.change([&](Vault &) { any().recoveryCodes.append({QByteArray::number(random.generate64()), std::nullopt, {}}); }, tick);
        break;
    case 7:
        replica.change([&](Vault &) {
            Account &a = any();
            if (!a.recoveryCodes.isEmpty())
                a.recoveryCodes[random.bounded(static_cast<int>(a.recoveryCodes.size()))].usedAtMs = replica.clockMs;
        }, tick);
        break;
    case 8:
        replica.change([&](Vault &x) {
            const int from = random.bounded(static_cast<int>(x.accounts.size()));
            x.accounts.move(from, random.bounded(static_cast<int>(x.accounts.size())));
        }, tick);
        break;
    case 9:
        replica.change([&](Vault &x) { x.accounts.removeAt(random.bounded(static_cast<int>(x.accounts.size()))); }, tick);
        break;
    case 10:
        replica.change([&](Vault &) { any().recoveryCodes = {{QByteArray::number(random.generate64()), std::nullopt, {}}}; }, tick);
        break;
    case 11:
        replica.change([&](Vault &) { any().sites.append(word() + QStringLiteral(".example")); }, tick);
        break;
    case 12:
        replica.change([&](Vault &x) {
            const QString site = QStringLiteral("s%1.example").arg(random.bounded(4));
            if (random.bounded(3) == 0)
                x.siteChoices.remove(site);
            else
                x.siteChoices.insert(site, {random.bounded(2) ? SiteDecision::Always : SiteDecision::Never, {}});
        }, tick);
        break;
    default:
        replica.change([&](Vault &x) {
            if (!x.removed.isEmpty()) {
                Account back = x.removed.at(random.bounded(static_cast<int>(x.removed.size())));
                x.accounts.insert(random.bounded(static_cast<int>(x.accounts.size()) + 1), back);
            }
        }, tick);
        break;
    }
}

} // namespace

class TestVaultMerge : public QObject
{
    Q_OBJECT

private slots:
    void changesToDifferentPartsAreBothKept()
    {
        Replica a{QStringLiteral("A"), {}};
        const QUuid id = QUuid::createUuid();
        a.change([&](Vault &v) { v.accounts.append(account(id, QStringLiteral("Gcore"))); });
        Replica b{QStringLiteral("B"), a.vault, a.clockMs};
        a.change([&](Vault &v) { v.accounts[0].name = QStringLiteral("renamed@example.com"); });
        b.change([&](Vault &v) { v.accounts[0].recoveryCodes.append({"code-1", std::nullopt, {}}); });
        b.change([&](Vault &v) { v.accounts[0].icon = QStringLiteral("simple-icons:gcore"); });
        const Vault merged = mergeVaults(a.vault, b.vault);
        QCOMPARE(merged.accounts.size(), 1);
        QCOMPARE(merged.accounts[0].name, QStringLiteral("renamed@example.com"));
        QCOMPARE(merged.accounts[0].recoveryCodes.size(), 1);
        QCOMPARE(merged.accounts[0].icon, QStringLiteral("simple-icons:gcore"));
        QCOMPARE(merged.history.value(QStringLiteral("A")), 2u);
        QCOMPARE(merged.history.value(QStringLiteral("B")), 2u);
    }
    void theLaterChangeOfThePartWins()
    {
        Replica a{QStringLiteral("A"), {}};
        a.change([&](Vault &v) { v.accounts.append(account(QUuid::createUuid(), QStringLiteral("Kaspersky"))); });
        Replica b{QStringLiteral("B"), a.vault, a.clockMs};
        b.change([&](Vault &v) { v.accounts[0].issuer = QStringLiteral("first"); }, 1000);
        a.change([&](Vault &v) { v.accounts[0].issuer = QStringLiteral("second"); }, 5000);
        QCOMPARE(mergeVaults(a.vault, b.vault).accounts[0].issuer, QStringLiteral("second"));
        QCOMPARE(mergeVaults(b.vault, a.vault).accounts[0].issuer, QStringLiteral("second"));
    }
    void aDeletionLosesOnlyToALaterChange()
    {
        Replica a{QStringLiteral("A"), {}};
        a.change([&](Vault &v) {
            v.accounts.append(account(QUuid::createUuid(), QStringLiteral("GitHub")));
            v.accounts.append(account(QUuid::createUuid(), QStringLiteral("MyKerio")));
        });
        Replica b{QStringLiteral("B"), a.vault, a.clockMs};
        b.change([&](Vault &v) { v.accounts[0].notes = QStringLiteral("before the deletion"); }, 1000);
        b.change([&](Vault &v) { v.accounts[1].notes = QStringLiteral("after the deletion"); }, 9000);
        a.change([&](Vault &v) { v.accounts.clear(); }, 5000); // deletes both
        const Vault merged = mergeVaults(a.vault, b.vault);
        QCOMPARE(issuers(merged), QStringList{QStringLiteral("MyKerio")});
        QCOMPARE(merged.removed.size(), 1);
        QCOMPARE(merged.removed[0].issuer, QStringLiteral("GitHub"));
    }
    void undoingADeletionBringsItBackEverywhere()
    {
        Replica a{QStringLiteral("A"), {}};
        a.change([&](Vault &v) { v.accounts.append(account(QUuid::createUuid(), QStringLiteral("Steam"))); });
        Replica b{QStringLiteral("B"), a.vault, a.clockMs};
        const Account kept = a.vault.accounts[0];
        a.change([&](Vault &v) { v.accounts.clear(); });
        b.receive(a.vault);
        QVERIFY(b.vault.accounts.isEmpty());
        a.change([&](Vault &v) { v.accounts.append(kept); }); // Undo
        QCOMPARE(issuers(a.vault), QStringList{QStringLiteral("Steam")});
        b.receive(a.vault);
        QCOMPARE(issuers(b.vault), QStringList{QStringLiteral("Steam")});
    }
    void countersTakeTheLargerAndUsedCodesStayUsed()
    {
        Replica a{QStringLiteral("A"), {}};
        a.change([&](Vault &v) {
            Account hotp = account(QUuid::createUuid(), QStringLiteral("Bank"));
            hotp.params.type = otp::OtpType::Hotp;
            hotp.recoveryCodes = {{"one", std::nullopt, {}}, {"two", std::nullopt, {}}};
            v.accounts.append(hotp);
        });
        Replica b{QStringLiteral("B"), a.vault, a.clockMs};
        a.change([&](Vault &v) { v.accounts[0].params.counter = 7; v.accounts[0].recoveryCodes[0].usedAtMs = 500; });
        b.change([&](Vault &v) { v.accounts[0].params.counter = 3; v.accounts[0].recoveryCodes[0].usedAtMs = 400; });
        b.change([&](Vault &v) { v.accounts[0].recoveryCodes[1].usedAtMs = 900; });
        const Account merged = mergeVaults(a.vault, b.vault).accounts[0];
        QCOMPARE(merged.params.counter, 7u);
        QCOMPARE(merged.recoveryCodes.size(), 2);
        QCOMPARE(merged.recoveryCodes[0].usedAtMs, std::optional<qint64>(400));
        QCOMPARE(merged.recoveryCodes[1].usedAtMs, std::optional<qint64>(900));
    }
    void aNewSetOfRecoveryCodesReplacesTheOldOne()
    {
        Replica a{QStringLiteral("A"), {}};
        a.change([&](Vault &v) {
            Account x = account(QUuid::createUuid(), QStringLiteral("Gcore"));
            x.recoveryCodes = {{"old-1", std::nullopt, {}}, {"old-2", std::nullopt, {}}};
            v.accounts.append(x);
        });
        Replica b{QStringLiteral("B"), a.vault, a.clockMs};
        b.change([&](Vault &v) { v.accounts[0].recoveryCodes[1].usedAtMs = 5; }, 1000);
        a.change([&](Vault &v) { v.accounts[0].recoveryCodes = {{"new-1", std::nullopt, {}}}; }, 2000);
        const Account merged = mergeVaults(b.vault, a.vault).accounts[0];
        QCOMPARE(merged.recoveryCodes.size(), 1);
        QCOMPARE(merged.recoveryCodes[0].sealedCode, QByteArray("new-1"));
    }
    void movesOnTwoComputersMergeWithoutDuplicates()
    {
        Replica a{QStringLiteral("A"), {}};
        a.change([&](Vault &v) {
            for (const char *name : {"a", "b", "c", "d", "e"})
                v.accounts.append(account(QUuid::createUuid(), QString::fromLatin1(name)));
        });
        Replica b{QStringLiteral("B"), a.vault, a.clockMs};
        a.change([&](Vault &v) { v.accounts.move(4, 0); });   // e to the top
        b.change([&](Vault &v) { v.accounts.move(0, 4); });   // a to the bottom
        QCOMPARE(issuers(a.vault), (QStringList{"e", "a", "b", "c", "d"}));
        const Vault merged = mergeVaults(a.vault, b.vault);
        QCOMPARE(issuers(merged), (QStringList{"e", "b", "c", "d", "a"}));
        // Only the moved account got a new place.
        int moved = 0;
        for (const Account &x : a.vault.accounts)
            moved += x.stamps.position.device == QLatin1String("A") && x.stamps.position.timeMs == a.clockMs;
        QCOMPARE(moved, 1);
    }
    void placesAreNumberedAfreshWhenAGapIsUsedUp()
    {
        Replica a{QStringLiteral("A"), {}};
        a.change([&](Vault &v) {
            for (const char *name : {"a", "b", "c"})
                v.accounts.append(account(QUuid::createUuid(), QString::fromLatin1(name)));
        });
        // Moving the last account between the first two over and over halves the same gap each time.
        for (int i = 0; i < 200; ++i)
            a.change([&](Vault &v) { v.accounts.move(2, 1); });
        QCOMPARE(a.vault.accounts.size(), 3);
        for (qsizetype i = 1; i < a.vault.accounts.size(); ++i)
            QVERIFY(a.vault.accounts[i - 1].order < a.vault.accounts[i].order);
    }
    void removedAccountsAreForgottenAfterAYear()
    {
        Replica a{QStringLiteral("A"), {}};
        a.change([&](Vault &v) { v.accounts.append(account(QUuid::createUuid(), QStringLiteral("Old"))); });
        a.change([&](Vault &v) { v.accounts.clear(); });
        QCOMPARE(a.vault.removed.size(), 1);
        a.change([](Vault &) {}, kRemovedKeptMs - 1000);
        QCOMPARE(a.vault.removed.size(), 1);
        a.change([](Vault &) {}, 2000);
        QCOMPARE(a.vault.removed.size(), 0);
    }
    void unseenSavesAreTold()
    {
        const QMap<QString, quint64> seen{{QStringLiteral("A"), 3}, {QStringLiteral("B"), 1}};
        QVERIFY(!hasUnseenSaves(seen, {{QStringLiteral("A"), 2}}));
        QVERIFY(!hasUnseenSaves(seen, seen));
        QVERIFY(hasUnseenSaves(seen, {{QStringLiteral("A"), 2}, {QStringLiteral("C"), 1}}));
        QVERIFY(hasUnseenSaves(seen, {{QStringLiteral("B"), 2}}));
    }
    void versionOnePayloadsUpgrade()
    {
        // A payload written before history was kept: the list's order is the order, and a recovery
        // code's id comes from its sealed bytes, the same in every copy.
        const QByteArray v1 = R"({"version":1,"accounts":[
            {"id":"3b241101-e2bb-4255-8caf-4136c566a962","issuer":"Zeta","name":"","type":"totp","algorithm":"SHA1",
             "digits":6,"period":30,"secret":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
             "recoveryCodes":[{"code":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=","usedAt":null}]},
            {"id":"0b241101-e2bb-4255-8caf-4136c566a962","issuer":"Alpha","name":"","type":"totp","algorithm":"SHA1",
             "digits":6,"period":30,"secret":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}]})";
        const auto vault = parsePayload(v1);
        QVERIFY(vault);
        QCOMPARE(issuers(*vault), (QStringList{"Zeta", "Alpha"}));
        const QString codeId = vault->accounts[0].recoveryCodes[0].id;
        QCOMPARE(codeId.size(), 32);
        const auto again = parsePayload(serializePayload(*vault));
        QVERIFY(again);
        QCOMPARE(issuers(*again), (QStringList{"Zeta", "Alpha"}));
        QCOMPARE(again->accounts[0].recoveryCodes[0].id, codeId);
        QCOMPARE(serializePayload(*again), serializePayload(*vault));
    }
    void damagedHistoryIsRefused()
    {
        QVERIFY(!parsePayload(R"({"version":2,"accounts":[],"history":{"A":-1}})"));
        QVERIFY(!parsePayload(R"({"version":2,"accounts":[],"history":{"":1}})"));
        QVERIFY(parsePayload(R"({"version":2,"accounts":[],"history":{"A":4}})"));
    }
    void stampsSurviveTheFileAndBadOnesQuarantine()
    {
        Replica a{QStringLiteral("0123456789abcdef0123456789abcdef"), {}};
        a.change([&](Vault &v) { v.accounts.append(account(QUuid::createUuid(), QStringLiteral("Gcore"))); });
        a.change([&](Vault &v) { v.accounts[0].notes = QStringLiteral("n"); });
        const QByteArray json = serializePayload(a.vault);
        QCOMPARE(json.count(a.device.toLatin1()), 2); // once in "devices", once in "history"
        const auto back = parsePayload(json);
        QVERIFY(back);
        QCOMPARE(back->accounts[0].stamps, a.vault.accounts[0].stamps);
        QVERIFY(back->accounts[0].stamps.notes > back->accounts[0].stamps.label);
        // A stamp naming a computer the list does not have: that account is set aside, not guessed.
        QByteArray damaged = json;
        damaged.replace("\"devices\":[\"", "\"devices\":[],\"was\":[\"");
        const auto read = parsePayload(damaged);
        QVERIFY(read);
        QCOMPARE(read->accounts.size(), 0);
        QCOMPARE(read->quarantined.size(), 1);
    }

    // The laws, over random histories: each round, three computers make a few random changes each and
    // now and then one takes in another's copy.
    void mergeIsCommutativeAssociativeAndIdempotent()
    {
        QRandomGenerator random(20261202);
        for (int history = 0; history < 3000; ++history) {
            Replica replicas[3] = {{QStringLiteral("A"), {}}, {QStringLiteral("B"), {}}, {QStringLiteral("C"), {}}};
            const int steps = 5 + random.bounded(40);
            for (int step = 0; step < steps; ++step) {
                Replica &r = replicas[random.bounded(3)];
                if (random.bounded(6) == 0)
                    r.receive(replicas[random.bounded(3)].vault);
                else
                    randomChange(r, random);
            }
            const Vault &a = replicas[0].vault, &b = replicas[1].vault, &c = replicas[2].vault;
            QCOMPARE(bytes(mergeVaults(a, b)), bytes(mergeVaults(b, a)));
            QCOMPARE(bytes(mergeVaults(mergeVaults(a, b), c)), bytes(mergeVaults(a, mergeVaults(b, c))));
            QCOMPARE(bytes(mergeVaults(a, a)), bytes(a));
            QCOMPARE(bytes(mergeVaults(mergeVaults(a, b), b)), bytes(mergeVaults(a, b)));
        }
    }
    void copiesThatMeetEndTheSame()
    {
        QRandomGenerator random(7);
        for (int history = 0; history < 2000; ++history) {
            Replica replicas[3] = {{QStringLiteral("A"), {}}, {QStringLiteral("B"), {}}, {QStringLiteral("C"), {}}};
            const int computers = 2 + random.bounded(2);
            for (int step = 0, steps = 10 + random.bounded(50); step < steps; ++step) {
                Replica &r = replicas[random.bounded(computers)];
                if (random.bounded(5) == 0)
                    r.receive(replicas[random.bounded(computers)].vault);
                else
                    randomChange(r, random);
            }
            // Everyone takes in everyone, in a random order, then saves once more without a change.
            for (int round = 0; round < 2; ++round)
                for (int i = 0; i < computers; ++i)
                    for (int j = 0; j < computers; ++j)
                        replicas[i].receive(replicas[j].vault);
            for (int i = 1; i < computers; ++i) {
                QCOMPARE(bytes(replicas[i].vault), bytes(replicas[0].vault));
                QCOMPARE(issuers(replicas[i].vault), issuers(replicas[0].vault));
            }
            // Each account is listed once, and nothing is both listed and removed.
            QSet<QUuid> seen;
            for (const Account &x : replicas[0].vault.accounts)
                QVERIFY(!seen.contains(x.id) && (seen.insert(x.id), true));
            for (const Account &x : replicas[0].vault.removed)
                QVERIFY(!seen.contains(x.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultMerge)
#include "test_vault_merge.moc"
