#include "crypto/kdf.h"

#include "crypto/fuzzing_cost.h"

#include <sodium.h>

namespace tessera::crypto {
namespace {

constexpr char kSubkeyContext[crypto_kdf_CONTEXTBYTES] = {'T', 'e', 's', 's', 'V', 'l', 't', '1'};

} // namespace

Argon2Params argon2Preset(KdfPreset preset)
{
    switch (preset) {
    case KdfPreset::Interactive:
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case KdfPreset::Moderate:
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case KdfPreset::Sensitive:
        return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
    }
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

std::optional<KdfPreset> parseKdfPreset(const QString &name)
{
    for (KdfPreset p : {KdfPreset::Interactive, KdfPreset::Moderate, KdfPreset::Sensitive})
        if (name.compare(kdfPresetName(p), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QString kdfPresetName(KdfPreset preset)
{
    switch (preset) {
    case KdfPreset::Interactive:
        return QStringLiteral("interactive");
    case KdfPreset::Moderate:
        return QStringLiteral("moderate");
    case KdfPreset::Sensitive:
        return QStringLiteral("sensitive");
    }
    return {};
}

bool withinReadBounds(const Argon2Params &params)
{
    return params.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && params.opsLimit <= kMaxOpsLimit &&
           params.memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN && params.memLimitBytes <= kMaxMemLimitBytes;
}

Result<SecretBytes> argon2id(const SecretBytes &password, QByteArrayView salt, const Argon2Params &params)
{
    ensureSodium();
    if (static_cast<std::size_t>(salt.size()) != kArgon2SaltSize || !withinReadBounds(params))
        return fail(ErrorCode::Corrupted, QStringLiteral("key derivation parameters"));
    SecretBytes key(32);
    static const char kEmpty = 0;
    const char *pw = password.isEmpty() ? &kEmpty : reinterpret_cast<const char *>(password.data());
    if (crypto_pwhash(key.data(), key.size(), pw, password.size(), reinterpret_cast<const unsigned char *>(salt.data()),
                      kCheapKeyDerivationForFuzzing ? crypto_pwhash_OPSLIMIT_MIN : params.opsLimit,
                      kCheapKeyDerivationForFuzzing ? crypto_pwhash_MEMLIMIT_MIN
                                                    : static_cast<std::size_t>(params.memLimitBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(ErrorCode::OutOfMemory, QStringLiteral("Argon2id"));
    return key;
}

SecretBytes deriveSubkey(const SecretBytes &masterKey, std::uint64_t id)
{
    ensureSodium();
    // crypto_kdf reads exactly 32 bytes: a shorter key is a programming error, never user input.
    if (masterKey.size() != crypto_kdf_KEYBYTES)
        qFatal("deriveSubkey: the master key must be %d bytes", int(crypto_kdf_KEYBYTES));
    SecretBytes subkey(32);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), id, kSubkeyContext, masterKey.data());
    return subkey;
}

QByteArray keyedDigest(const SecretBytes &key, std::span<const std::uint8_t> bytes)
{
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), static_cast<std::size_t>(out.size()),
                       bytes.data(), static_cast<unsigned long long>(bytes.size()), key.data(), key.size());
    return out;
}

QByteArray checksum(QByteArrayView bytes)
{
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), static_cast<std::size_t>(out.size()),
                       reinterpret_cast<const unsigned char *>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    return out;
}

} // namespace tessera::crypto
