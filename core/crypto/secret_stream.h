#pragma once
// libsodium's crypto_secretstream_xchacha20poly1305, as Ente Auth encrypts its exports: a 24-byte
// stream header and messages of (tag byte, ciphertext, 16-byte MAC). Ente writes one message; its tag
// may be MESSAGE or FINAL, both are accepted.

#include "common/error.h"
#include "common/secret_bytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace tessera::crypto {

inline constexpr std::size_t kSecretStreamHeaderSize = 24;

// The first message of the stream. WrongPassword when the key does not open it.
Result<SecretBytes> secretStreamOpen(const SecretBytes &key, QByteArrayView header, QByteArrayView message);

struct SecretStreamBox
{
    QByteArray header;
    QByteArray message;
};
// One FINAL message under a fresh header (the key must be 32 bytes).
SecretStreamBox secretStreamSeal(const SecretBytes &key, std::span<const std::uint8_t> plaintext);

} // namespace tessera::crypto
