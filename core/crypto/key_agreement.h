#pragma once
// Pairing the browser extension with the app (docs/BROWSER.md, "Pairing"): an X25519 key agreement,
// done the way WebCrypto does it on the extension's side, so both ends hold the same AES-256-GCM key
// without it ever crossing the browser, the host or the socket. The key is HKDF-SHA-256 of the X25519
// result, salted with both public keys (so it belongs to this pair only); messages are sealed with a
// random 96-bit nonce, as WebCrypto's AES-GCM takes and gives them.

#include "common/error.h"
#include "common/secret_bytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <array>
#include <cstdint>
#include <span>

namespace tessera::crypto {

inline constexpr std::size_t kAgreementKeySize = 32;
inline constexpr std::size_t kSealNonceSize = 12;

struct AgreementKeys
{
    SecretBytes secretKey; // 32 bytes, in locked memory
    std::array<std::uint8_t, kAgreementKeySize> publicKey{};
};

AgreementKeys newAgreementKeys();
// The public key of a secret key (the same key pair again, after the secret was stored).
Result<std::array<std::uint8_t, kAgreementKeySize>> publicKeyOf(const SecretBytes &secretKey);

// RFC 5869 HKDF with SHA-256 (extract, then expand).
Result<SecretBytes> hkdfSha256(const SecretBytes &inputKey, QByteArrayView salt, QByteArrayView info, std::size_t size);

// The pair's AES-256-GCM key: X25519 of our secret key and their public key, then HKDF-SHA-256 with
// `salt` (both public keys) and `info`. CryptoFailure for a public key of low order (the result would
// be all zeros, known to anybody).
Result<SecretBytes> agreedKey(const SecretBytes &ourSecretKey, std::span<const std::uint8_t> theirPublicKey,
                              QByteArrayView salt, QByteArrayView info);

// nonce (12 bytes) || ciphertext || tag (16 bytes), with `associated` authenticated but not sealed.
Result<QByteArray> sealWithAgreedKey(const SecretBytes &key, std::span<const std::uint8_t> plaintext,
                                     QByteArrayView associated);
// CryptoFailure when the message was not sealed with this key and associated data, or was changed.
Result<SecretBytes> openWithAgreedKey(const SecretBytes &key, QByteArrayView sealed, QByteArrayView associated);

} // namespace tessera::crypto
