#pragma once
// The block-cipher modes, hashes and key expansion other apps' export files use, through OpenSSL:
// AES-256-GCM (Aegis, 2FAS, andOTP, FreeOTP 2, Stratum, OTPClient), AES-256-CBC with PKCS#7 padding
// (Stratum legacy, TOTP Authenticator, Authy, Bitwarden), SHA-256 and HKDF-Expand (Bitwarden).
// Tessera's own vault uses XChaCha20-Poly1305 (aead.h); these exist to read and write foreign files.

#include "common/error.h"
#include "common/secret_bytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace tessera::crypto {

inline constexpr std::size_t kAesKeySize = 32;
inline constexpr std::size_t kGcmTagSize = 16;

// `failure` is what a tag mismatch means to the caller: usually WrongPassword, or Corrupted when the
// key is already known to be right.
Result<SecretBytes> aesGcmDecrypt(const SecretBytes &key, QByteArrayView iv, QByteArrayView ciphertext,
                                  QByteArrayView tag, QByteArrayView associatedData, ErrorCode failure);
// ciphertext || tag.
Result<QByteArray> aesGcmEncrypt(const SecretBytes &key, QByteArrayView iv, std::span<const std::uint8_t> plaintext,
                                 QByteArrayView associatedData);

// A padding error is reported as `failure`: with CBC it is the usual sign of a wrong key.
Result<SecretBytes> aesCbcDecrypt(const SecretBytes &key, QByteArrayView iv, QByteArrayView ciphertext,
                                  ErrorCode failure);
Result<QByteArray> aesCbcEncrypt(const SecretBytes &key, QByteArrayView iv, std::span<const std::uint8_t> plaintext);

SecretBytes sha256(std::span<const std::uint8_t> bytes);
// RFC 5869 HKDF-Expand with SHA-256 (no extract step: Bitwarden expands its stretched key directly).
Result<SecretBytes> hkdfExpandSha256(const SecretBytes &key, QByteArrayView info, std::size_t size);

// Constant-time comparison of two MACs.
bool macsEqual(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b);

} // namespace tessera::crypto
