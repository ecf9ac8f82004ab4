// An account's websites merge as a part of their own (vault_merge.h), and survive the file.
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

};

QTEST_GUILESS_MAIN(TestSitesMerge)
#include "test_sites_merge.moc"
