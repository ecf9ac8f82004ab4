// Pairing a browser extension and answering its code requests: the pair's key derived the same on both
// sides, kept sealed in the vault for this computer only, surviving a reopen and a password change, and
// gone (with its key) once forgotten, also after a merge; then which step a site is at, and the answer:
// the one account's code, the chooser, or nothing for a site no account covers.
#include "session/account_operations.h"
#include "session/browser_codes.h"
#include "session/browser_pairing.h"
#include "session/password_change.h"
#include "session/site_choices.h"

#include "crypto/key_agreement.h"
#include "vault/vault_merge.h"

#include "vault_helpers.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

namespace {

const QString kHere = QStringLiteral("computer-a");

struct Extension
{
    crypto::AgreementKeys keys = crypto::newAgreementKeys();
    QByteArray publicKey() const { return QByteArray(reinterpret_cast<const char *>(keys.publicKey.data()), 32); }
    // What the extension derives with WebCrypto, given the app's public key.
    SecretBytes pairKey(const QByteArray &appKey) const
    {
        const auto *bytes = reinterpret_cast<const std::uint8_t *>(appKey.constData());
        return std::move(*crypto::agreedKey(keys.secretKey, {bytes, 32}, publicKey() + appKey, session::kBrowserPairingInfo));
    }
};

QByteArray roundTrip(const SecretBytes &sealWith, const SecretBytes &openWith)
{
    const QByteArray message("{\"site\":\"github.com\"}");
    auto sealed = crypto::sealWithAgreedKey(sealWith, {reinterpret_cast<const std::uint8_t *>(message.data()), 21}, "m-1");
    auto opened = crypto::openWithAgreedKey(openWith, *sealed, "m-1");
    return opened ? QByteArray(opened->view().data(), qsizetype(opened->size())) : QByteArray();
}

} // namespace

class TestBrowserPairing : public QObject
{
    Q_OBJECT
private slots:
    void bothSidesHoldTheSameKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        auto store = std::move(*vault::VaultStore::create(path, password("pw"), fastKdf()));
        const Extension extension;
        auto appKey = session::pairBrowser(*store, kHere, QStringLiteral("Chromium"), extension.publicKey(), 1000);
        QVERIFY(appKey);
        const vault::BrowserPair *pair = session::browserPairFor(store->vault(), kHere, extension.publicKey());
        QVERIFY(pair);
        QCOMPARE(pair->browser, QStringLiteral("Chromium"));
        const SecretBytes extensionSide = extension.pairKey(*appKey);
        QVERIFY(!pair->sealedKey.contains(QByteArrayView(extensionSide.view().data(), 32))); // sealed, not plain
        auto appSide = session::browserPairKey(*store, *pair);
        QVERIFY(appSide);
        QCOMPARE(roundTrip(extension.pairKey(*appKey), *appSide), QByteArray("{\"site\":\"github.com\"}"));

        // Asked again (the extension's hello after a restart): the same key, and no save.
        const quint64 revision = store->header().revision;
        QCOMPARE(*session::pairBrowser(*store, kHere, QStringLiteral("Chromium"), extension.publicKey(), 2000), *appKey);
        QCOMPARE(store->header().revision, revision);

        // Another computer with the same vault does not use it; another extension is not paired.
        QVERIFY(!session::browserPairFor(store->vault(), QStringLiteral("computer-b"), extension.publicKey()));
        QVERIFY(!session::browserPairFor(store->vault(), kHere, Extension().publicKey()));

        // Kept in the file, and still opened after the password changed (the key is sealed again).
        QVERIFY(session::changePassword(*store, password("quartz lantern gravel ninety orbit"), fastKdf()));
        store.reset();
        auto reopened = std::move(*vault::VaultStore::openWithPassword(path, password("quartz lantern gravel ninety orbit")));
        pair = session::browserPairFor(reopened->vault(), kHere, extension.publicKey());
        QVERIFY(pair);
        QCOMPARE(roundTrip(extension.pairKey(*appKey), *session::browserPairKey(*reopened, *pair)),
                 QByteArray("{\"site\":\"github.com\"}"));
        QCOMPARE(session::browserPairsOf(reopened->vault(), kHere).size(), 1);
    }

    void aKeyOfLowOrderIsRefused()
    {
        QTemporaryDir dir;
        auto store = std::move(*vault::VaultStore::create(dir.filePath(QStringLiteral("v.tessera")), password("pw"), fastKdf()));
        QCOMPARE(session::pairBrowser(*store, kHere, QStringLiteral("X"), QByteArray(32, '\0'), 1).error().code,
                 ErrorCode::ChannelUnsafe);
        QCOMPARE(session::pairBrowser(*store, kHere, QStringLiteral("X"), QByteArray(31, '\x05'), 1).error().code,
                 ErrorCode::ChannelUnsafe);
        QVERIFY(store->vault().browserPairs.isEmpty());
    }

    void forgettingDropsTheKeyEverywhere()
    {
        QTemporaryDir dir;
        auto store = std::move(*vault::VaultStore::create(dir.filePath(QStringLiteral("v.tessera")), password("pw"), fastKdf()));
        const Extension extension;
        QVERIFY(session::pairBrowser(*store, kHere, QStringLiteral("Firefox"), extension.publicKey(), 1000));
        const vault::Vault paired = store->vault();
        const QUuid id = paired.browserPairs.first().id;
        QVERIFY(session::forgetBrowserPair(*store, id));
        QVERIFY(!session::browserPairFor(store->vault(), kHere, extension.publicKey()));
        QCOMPARE(store->vault().browserPairs.size(), 1); // kept as forgotten, so copies learn of it
        QVERIFY(store->vault().browserPairs.first().forgotten);
        QVERIFY(store->vault().browserPairs.first().sealedKey.isEmpty());
        // A copy made before still holds the pair: the merge forgets it, whichever copy comes first.
        for (const auto &merged : {vault::mergeVaults(paired, store->vault()), vault::mergeVaults(store->vault(), paired)}) {
            QVERIFY(!session::browserPairFor(merged, kHere, extension.publicKey()));
            QCOMPARE(merged.browserPairs, store->vault().browserPairs);
        }
    }

    void whatASiteGets()
    {
        using session::BrowserSiteStep;
        QTemporaryDir dir;
        auto store = std::move(*vault::VaultStore::create(dir.filePath(QStringLiteral("v.tessera")), password("pw"), fastKdf()));
        const QUuid anna = *session::addAccount(*store, keyFrom("otpauth://totp/Git:anna?secret=JBSWY3DPEHPK3PXP"), 1,
                                                QStringList{QStringLiteral("github.com")});
        const QUuid shop = *session::addAccount(*store, keyFrom("otpauth://totp/Shop:me?secret=GEZDGNBVGY3TQOJQ"), 1,
                                                QStringList{QStringLiteral("shop.example")});
        QCOMPARE(session::browserSiteStep(store->vault(), QStringLiteral("gist.github.com")), BrowserSiteStep::Ask);
        QCOMPARE(session::browserSiteStep(store->vault(), QStringLiteral("evil.example")), BrowserSiteStep::NoAccount);
        QVERIFY(session::decideForSite(*store, QStringLiteral("github.com"), vault::SiteDecision::Always));
        QVERIFY(session::decideForSite(*store, QStringLiteral("shop.example"), vault::SiteDecision::Never));
        QCOMPARE(session::browserSiteStep(store->vault(), QStringLiteral("github.com")), BrowserSiteStep::Fill);
        QCOMPARE(session::browserSiteStep(store->vault(), QStringLiteral("shop.example")), BrowserSiteStep::Never);

        // One account: its code (RFC 6238's key at 59 s gives 287082 for 8 digits; here the 6-digit one).
        QJsonObject answer = *session::browserCodeAnswer(*store, QStringLiteral("github.com"), std::nullopt, 59'000);
        QCOMPARE(answer.value(QStringLiteral("account")).toString(), QStringLiteral("Git (anna)"));
        QCOMPARE(answer.value(QStringLiteral("code")).toString().size(), 6);
        // Two: the chooser, then the chosen one; an account of another site is not given for this one.
        const QUuid bob = *session::addAccount(*store, keyFrom("otpauth://totp/Git:bob?secret=JBSWY3DPEHPK3PXQ"), 1,
                                               QStringList{QStringLiteral("github.com")});
        answer = *session::browserCodeAnswer(*store, QStringLiteral("github.com"), std::nullopt, 59'000);
        const QJsonArray choices = answer.value(QStringLiteral("choose")).toArray();
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(1).toObject().value(QStringLiteral("id")).toString(), bob.toString(QUuid::WithoutBraces));
        QVERIFY(!answer.contains(QStringLiteral("code")));
        answer = *session::browserCodeAnswer(*store, QStringLiteral("github.com"), anna, 59'000);
        QCOMPARE(answer.value(QStringLiteral("account")).toString(), QStringLiteral("Git (anna)"));
        answer = *session::browserCodeAnswer(*store, QStringLiteral("github.com"), shop, 59'000);
        QCOMPARE(answer, (QJsonObject{{QStringLiteral("none"), true}}));
        answer = *session::browserCodeAnswer(*store, QStringLiteral("evilgithub.com"), std::nullopt, 59'000);
        QCOMPARE(answer, (QJsonObject{{QStringLiteral("none"), true}}));
    }
};

QTEST_GUILESS_MAIN(TestBrowserPairing)
#include "test_browser_pairing.moc"
