// An account's websites merge as a part of their own (vault_merge.h), and survive the file; so do the
// answers for websites (Always, Never, forgotten), and top-level fields a newer Tessera wrote.
#include "vault_replica.h"

#include "vault/vault_payload.h"

#include <QTest>

using namespace tessera;
using namespace tessera::vault;

class TestSitesMerge : public QObject
{
    Q_OBJECT
private slots:
    // An account's websites are a part of their own: listed on one computer while the other renames it,
    // both are kept; listed differently on both, the later list wins. They survive the file with their
    // stamp, and a file from before websites existed reads with none.
    void websitesMergeAsAPartOfTheirOwn()
    {
        Replica a{QStringLiteral("A"), {}};
        a.change([&](Vault &v) { v.accounts.append(account(QUuid::createUuid(), QStringLiteral("GitHub"))); });
        Replica b{QStringLiteral("B"), a.vault, a.clockMs};
        a.change([&](Vault &v) { v.accounts[0].sites = {QStringLiteral("github.com")}; }, 1000);
        b.change([&](Vault &v) { v.accounts[0].name = QStringLiteral("anna"); }, 2000);
        Vault merged = mergeVaults(a.vault, b.vault);
        QCOMPARE(merged.accounts[0].sites, QStringList{QStringLiteral("github.com")});
        QCOMPARE(merged.accounts[0].name, QStringLiteral("anna"));
        b.change([&](Vault &v) { v.accounts[0].sites = {QStringLiteral("github.com"), QStringLiteral("githubapp.com")}; },
                 5000);
        merged = mergeVaults(a.vault, b.vault);
        QCOMPARE(merged.accounts[0].sites, (QStringList{QStringLiteral("github.com"), QStringLiteral("githubapp.com")}));
        QCOMPARE(mergeVaults(b.vault, a.vault).accounts[0].sites, merged.accounts[0].sites);

        const auto back = parsePayload(serializePayload(a.vault));
        QVERIFY(back);
        QCOMPARE(back->accounts[0].sites, QStringList{QStringLiteral("github.com")});
        QCOMPARE(back->accounts[0].stamps, a.vault.accounts[0].stamps);
        QVERIFY(back->accounts[0].stamps.sites > back->accounts[0].stamps.label);
        QByteArray old = serializePayload(b.vault);
        QVERIFY(old.contains("\"sites\""));
        Replica c{QStringLiteral("C"), {}};
        c.change([&](Vault &v) { v.accounts.append(account(QUuid::createUuid(), QStringLiteral("Gcore"))); });
        const QByteArray withoutSites = serializePayload(c.vault);
        QVERIFY(!withoutSites.contains("\"sites\"")); // absent, not empty: older files keep their shape
        const auto read = parsePayload(withoutSites);
        QVERIFY(read);
        QVERIFY(read->accounts[0].sites.isEmpty());
        // Not a list of text: that account is set aside, not guessed.
        QByteArray damaged = serializePayload(a.vault);
        damaged.replace("\"sites\":[\"github.com\"]", "\"sites\":\"github.com\"");
        const auto quarantined = parsePayload(damaged);
        QVERIFY(quarantined);
        QCOMPARE(quarantined->quarantined.size(), 1);
    }


    // An answer given on one computer reaches the other; two answers for one site: the later wins, in
    // either order; a forgotten answer stays forgotten after meeting a copy that still has it.
    void answersForSitesMergeByTheirStamps()
    {
        Replica a{QStringLiteral("A"), {}};
        Replica b{QStringLiteral("B"), a.vault, a.clockMs};
        a.change([&](Vault &v) { v.siteChoices.insert(QStringLiteral("github.com"), {SiteDecision::Always, {}}); }, 1000);
        QVERIFY(!a.vault.siteChoices.value(QStringLiteral("github.com")).stamp.isNull()); // stamped by the save
        b.change([&](Vault &v) { v.siteChoices.insert(QStringLiteral("example.org"), {SiteDecision::Never, {}}); }, 1000);
        Vault merged = mergeVaults(a.vault, b.vault);
        QCOMPARE(merged.siteChoices.value(QStringLiteral("github.com")).decision, SiteDecision::Always);
        QCOMPARE(merged.siteChoices.value(QStringLiteral("example.org")).decision, SiteDecision::Never);

        b.receive(a.vault);
        b.change([&](Vault &v) { v.siteChoices[QStringLiteral("github.com")].decision = SiteDecision::Never; }, 5000);
        a.change([&](Vault &v) { v.siteChoices.remove(QStringLiteral("github.com")); }, 9000); // forgotten, later
        QCOMPARE(a.vault.siteChoices.value(QStringLiteral("github.com")).decision, SiteDecision::Ask); // kept as Ask
        QCOMPARE(mergeVaults(a.vault, b.vault).siteChoices.value(QStringLiteral("github.com")).decision, SiteDecision::Ask);
        QCOMPARE(mergeVaults(b.vault, a.vault).siteChoices, mergeVaults(a.vault, b.vault).siteChoices);

        const auto back = parsePayload(serializePayload(b.vault));
        QVERIFY(back);
        QCOMPARE(back->siteChoices, b.vault.siteChoices);
        // An answer that cannot be read is left out (the site is asked about again), the vault opens.
        QByteArray damaged = serializePayload(b.vault);
        QVERIFY(damaged.contains("\"example.org\":[\"never\""));
        damaged.replace("\"example.org\":[\"never\"", "\"example.org\":[\"perhaps\"");
        const auto read = parsePayload(damaged);
        QVERIFY(read);
        QVERIFY(!read->siteChoices.contains(QStringLiteral("example.org")));
        QCOMPARE(read->accounts.size(), b.vault.accounts.size());
    }

    // A field a newer Tessera put at the top of the payload is kept by reading and writing, and by a merge.
    void fieldsOfANewerTesseraAreKept()
    {
        Replica a{QStringLiteral("A"), {}};
        a.change([&](Vault &v) { v.accounts.append(account(QUuid::createUuid(), QStringLiteral("GitHub"))); });
        QByteArray json = serializePayload(a.vault);
        json.replace("\"version\":", "\"future\":{\"x\":1},\"version\":");
        const auto read = parsePayload(json);
        QVERIFY(read);
        QCOMPARE(read->unknownFields.value(QStringLiteral("future")).toObject().value(QStringLiteral("x")).toInt(), 1);
        QVERIFY(serializePayload(*read).contains("\"future\":{\"x\":1}"));
        QVERIFY(serializePayload(mergeVaults(a.vault, *read)).contains("\"future\":{\"x\":1}"));
        QVERIFY(serializePayload(mergeVaults(*read, a.vault)).contains("\"future\":{\"x\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestSitesMerge)
#include "test_sites_merge.moc"
