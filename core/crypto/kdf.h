#pragma once
// Password-based keys: Argon2id v1.3 through libsodium's crypto_pwhash, and sub-keys of a master key
// through crypto_kdf (BLAKE2b), so one master key never encrypts two kinds of data.

#include "common/error.h"
#include "common/secret_bytes.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tessera::crypto {

struct Argon2Params
{
    std::uint32_t opsLimit = 0;
    std::uint64_t memLimitBytes = 0;
    bool operator==(const Argon2Params &) const = default;
};

enum class KdfPreset { Interactive, Moderate, Sensitive };

Argon2Params argon2Preset(KdfPreset preset); // libsodium's INTERACTIVE / MODERATE / SENSITIVE
std::optional<KdfPreset> parseKdfPreset(const QString &name);
QString kdfPresetName(KdfPreset preset);

// Bounds for parameters read from a file: a damaged header must not ask for 64 GiB or an hour.
inline constexpr std::uint32_t kMaxOpsLimit = 16;
inline constexpr std::uint64_t kMaxMemLimitBytes = 1ull << 30; // SENSITIVE
bool withinReadBounds(const Argon2Params &params);

inline constexpr std::size_t kArgon2SaltSize = 16;

Result<SecretBytes> argon2id(const SecretBytes &password, QByteArrayView salt, const Argon2Params &params);

// A 32-byte sub-key of a 32-byte master key for purpose `id`.
SecretBytes deriveSubkey(const SecretBytes &masterKey, std::uint64_t id);

// BLAKE2b-256 of the bytes: an unkeyed checksum to tell accidental damage from a wrong password.
QByteArray checksum(QByteArrayView bytes);

// Keyed BLAKE2b-128: lets secrets be compared through a hash table without the table holding anything
// a secret can be recovered from (the key is random and lives only as long as the comparison).
QByteArray keyedDigest(const SecretBytes &key, std::span<const std::uint8_t> bytes);

} // namespace tessera::crypto
