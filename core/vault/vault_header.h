#pragma once
// The vault file's binary header (docs/VAULT_FORMAT.md): magic, format version, vault id, revision,
// key slots, payload nonce and a BLAKE2b checksum. Every field is authenticated: the whole header is
// the associated data of the payload. Reading bounds every length and KDF parameter.

#include "common/error.h"
#include "crypto/kdf.h"

#include <QByteArray>
#include <QList>

namespace tessera::vault {

inline constexpr quint16 kFormatVersion = 1;
inline constexpr int kVaultIdSize = 16;
inline constexpr int kMaxSlots = 8;
inline constexpr qsizetype kMaxVaultFileSize = 256 * 1024 * 1024;

enum class SlotType : quint8 { Password = 1, Keychain = 2 };

struct KeySlot
{
    SlotType type = SlotType::Password;
    crypto::Argon2Params kdf; // password slots only
    QByteArray salt;          // password slots only
    QByteArray wrappedKey;    // nonce || master key encrypted || tag
};

struct VaultHeader
{
    QByteArray vaultId;
    quint64 revision = 0;
    QList<KeySlot> keySlots;
    QByteArray payloadNonce;

    bool hasSlot(SlotType type) const;
};

struct ParsedVaultFile
{
    VaultHeader header;
    QByteArray headerBytes; // exactly as on disk, checksum included: the payload's associated data
    QByteArray ciphertext;
};

QByteArray serializeHeader(const VaultHeader &header); // with the checksum appended
Result<ParsedVaultFile> parseVaultFile(QByteArrayView bytes);

} // namespace tessera::vault
