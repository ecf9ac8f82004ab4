#include "vault/secret_sealer.h"

#include "crypto/aead.h"
#include "crypto/kdf.h"

namespace tessera::vault {
namespace {

constexpr std::uint64_t kSealingSubkeyId = 2; // 1 is the payload key (vault_file.cpp)

QByteArray associatedData(const QUuid &id, SealedKind kind)
{
    switch (kind) {
    case SealedKind::OtpSecret:
        return QByteArrayLiteral("secret:") + id.toRfc4122();
    case SealedKind::RecoveryCode:
        return QByteArrayLiteral("recovery:") + id.toRfc4122();
    case SealedKind::BrowserPairKey:
        break;
    }
    return QByteArrayLiteral("browser-pair:") + id.toRfc4122();
}

} // namespace

SecretSealer::SecretSealer(const SecretBytes &masterKey) : m_key(crypto::deriveSubkey(masterKey, kSealingSubkeyId)) {}

QByteArray SecretSealer::seal(std::span<const std::uint8_t> secret, const QUuid &accountId, SealedKind kind) const
{
    return crypto::seal(m_key, secret, associatedData(accountId, kind));
}

Result<SecretBytes> SecretSealer::open(const QByteArray &sealed, const QUuid &accountId, SealedKind kind) const
{
    return crypto::open(m_key, sealed, associatedData(accountId, kind), ErrorCode::Corrupted)
        .map_error([](Error e) {
            e.detail = QStringLiteral("a sealed secret");
            return e;
        });
}

} // namespace tessera::vault
