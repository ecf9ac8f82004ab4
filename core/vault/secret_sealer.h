#pragma once
// Seals account secrets and recovery codes under a sub-key of the vault's master key, bound to the
// account id, so the payload JSON never holds a plaintext secret and a sealed secret cannot be moved
// to another account.

#include "common/error.h"
#include "common/secret_bytes.h"

#include <QByteArray>
#include <QUuid>
#include <span>

namespace tessera::vault {

enum class SealedKind { OtpSecret, RecoveryCode, BrowserPairKey };

class SecretSealer
{
public:
    explicit SecretSealer(const SecretBytes &masterKey);

    QByteArray seal(std::span<const std::uint8_t> secret, const QUuid &accountId, SealedKind kind) const;
    Result<SecretBytes> open(const QByteArray &sealed, const QUuid &accountId, SealedKind kind) const;

private:
    SecretBytes m_key;
};

} // namespace tessera::vault
