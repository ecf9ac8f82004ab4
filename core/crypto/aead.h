#pragma once
// XChaCha20-Poly1305 (libsodium's crypto_aead_xchacha20poly1305_ietf): 256-bit key, 192-bit nonce, so
// random nonces never collide in practice. A sealed box is nonce || ciphertext || tag.

#include "common/error.h"
#include "common/secret_bytes.h"
#include "crypto/random.h"

#include <QByteArray>
#include <span>

namespace tessera::crypto {

inline constexpr std::size_t kAeadKeySize = 32;
inline constexpr std::size_t kAeadNonceSize = 24;
inline constexpr std::size_t kAeadTagSize = 16;

// ciphertext || tag under the given nonce.
QByteArray encrypt(const SecretBytes &key, QByteArrayView nonce, std::span<const std::uint8_t> plaintext,
                   QByteArrayView associatedData);
// Fails with `failure` when key, nonce, ciphertext or associated data do not match (the caller knows
// whether that means a wrong password or a damaged file).
Result<SecretBytes> decrypt(const SecretBytes &key, QByteArrayView nonce, QByteArrayView ciphertext,
                            QByteArrayView associatedData, ErrorCode failure);

// The same with a fresh random nonce carried in front of the ciphertext.
QByteArray seal(const SecretBytes &key, std::span<const std::uint8_t> plaintext, QByteArrayView associatedData,
                const RandomSource &random = systemRandom);
Result<SecretBytes> open(const SecretBytes &key, QByteArrayView box, QByteArrayView associatedData,
                         ErrorCode failure);

} // namespace tessera::crypto
