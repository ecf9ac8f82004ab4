#include "session/browser_pairing.h"

#include "crypto/key_agreement.h"

namespace tessera::session {
namespace {

std::span<const std::uint8_t> bytesOf(QByteArrayView bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.data()), static_cast<std::size_t>(bytes.size())};
}

} // namespace

const vault::BrowserPair *browserPairFor(const vault::Vault &vault, const QString &device, QByteArrayView extensionKey)
{
    for (const vault::BrowserPair &pair : vault.browserPairs)
        if (!pair.forgotten && pair.device == device && pair.extensionKey == extensionKey)
            return &pair;
    return nullptr;
}

Result<QByteArray> pairBrowser(vault::VaultStore &store, const QString &device, const QString &browser,
                               QByteArrayView extensionKey, qint64 nowMs)
{
    if (const vault::BrowserPair *pair = browserPairFor(store.vault(), device, extensionKey))
        return pair->appKey;
    if (extensionKey.size() != qsizetype(crypto::kAgreementKeySize))
        return fail(ErrorCode::ChannelUnsafe, QStringLiteral("an extension's key is 32 bytes"));
    const crypto::AgreementKeys ours = crypto::newAgreementKeys();
    const QByteArray appKey(reinterpret_cast<const char *>(ours.publicKey.data()), qsizetype(ours.publicKey.size()));
    auto key = crypto::agreedKey(ours.secretKey, bytesOf(extensionKey), extensionKey.toByteArray() + appKey,
                                 kBrowserPairingInfo);
    if (!key)
        return fail(ErrorCode::ChannelUnsafe, QStringLiteral("the extension's key cannot be paired with"));
    vault::BrowserPair pair;
    pair.id = QUuid::createUuid();
    pair.device = device;
    pair.browser = browser;
    pair.extensionKey = extensionKey.toByteArray();
    pair.appKey = appKey;
    pair.sealedKey = store.sealer().seal(key->bytes(), pair.id, vault::SealedKind::BrowserPairKey);
    pair.pairedAtMs = nowMs;
    auto saved = store.update([&](vault::Vault &vault) -> Result<void> {
        vault.browserPairs.append(pair);
        return {};
    });
    if (!saved)
        return tl::unexpected(saved.error());
    return appKey;
}

Result<SecretBytes> browserPairKey(const vault::VaultStore &store, const vault::BrowserPair &pair)
{
    return store.sealer().open(pair.sealedKey, pair.id, vault::SealedKind::BrowserPairKey);
}

Result<SecretBytes> browserPairKeyFor(const vault::VaultStore &store, const QString &device, QByteArrayView extensionKey)
{
    const vault::BrowserPair *pair = browserPairFor(store.vault(), device, extensionKey);
    if (!pair)
        return fail(ErrorCode::ChannelUnsafe, QStringLiteral("not paired"));
    return browserPairKey(store, *pair);
}

Result<QByteArray> pairedAppKey(const vault::VaultStore &store, const QString &device, QByteArrayView extensionKey)
{
    const vault::BrowserPair *pair = browserPairFor(store.vault(), device, extensionKey);
    if (!pair)
        return fail(ErrorCode::ChannelUnsafe, QStringLiteral("not paired"));
    return pair->appKey;
}

Result<void> forgetBrowserPair(vault::VaultStore &store, const QUuid &id)
{
    const auto &pairs = store.vault().browserPairs;
    if (std::none_of(pairs.cbegin(), pairs.cend(), [&](const vault::BrowserPair &p) { return p.id == id && !p.forgotten; }))
        return {};
    return store.update([&](vault::Vault &vault) -> Result<void> {
        for (vault::BrowserPair &pair : vault.browserPairs)
            if (pair.id == id)
                pair.forgotten = true; // its key goes, and it is stamped, by the save
        return {};
    });
}

QList<vault::BrowserPair> browserPairsOf(const vault::Vault &vault, const QString &device)
{
    QList<vault::BrowserPair> pairs;
    for (const vault::BrowserPair &pair : vault.browserPairs)
        if (!pair.forgotten && pair.device == device)
            pairs.append(pair);
    return pairs;
}

} // namespace tessera::session
