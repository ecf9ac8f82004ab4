#include "crypto/secret_stream.h"

#include <sodium.h>

namespace tessera::crypto {

Result<SecretBytes> secretStreamOpen(const SecretBytes &key, QByteArrayView header, QByteArrayView message)
{
    ensureSodium();
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES ||
        std::size_t(header.size()) != crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        return fail(ErrorCode::Corrupted, QStringLiteral("the stream header"));
    if (std::size_t(message.size()) < crypto_secretstream_xchacha20poly1305_ABYTES)
        return fail(ErrorCode::Corrupted, QStringLiteral("the encrypted data is cut off"));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, reinterpret_cast<const unsigned char *>(header.data()),
                                                        key.data()) != 0)
        return fail(ErrorCode::Corrupted, QStringLiteral("the stream header"));
    SecretBytes plain(std::size_t(message.size()) - crypto_secretstream_xchacha20poly1305_ABYTES + 1);
    unsigned long long plainSize = 0;
    unsigned char tag = 0;
    const int status = crypto_secretstream_xchacha20poly1305_pull(
        &state, plain.data(), &plainSize, &tag, reinterpret_cast<const unsigned char *>(message.data()),
        std::size_t(message.size()), nullptr, 0);
    sodium_memzero(&state, sizeof state);
    if (status != 0)
        return fail(ErrorCode::WrongPassword);
    plain.truncate(std::size_t(plainSize));
    return plain;
}

SecretStreamBox secretStreamSeal(const SecretBytes &key, std::span<const std::uint8_t> plaintext)
{
    ensureSodium();
    SecretStreamBox box;
    box.header.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    box.message.resize(qsizetype(plaintext.size() + crypto_secretstream_xchacha20poly1305_ABYTES));
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char *>(box.header.data()),
                                                    key.data());
    unsigned long long written = 0;
    crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(box.message.data()), &written,
                                               plaintext.data(), plaintext.size(), nullptr, 0,
                                               crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    sodium_memzero(&state, sizeof state);
    box.message.resize(qsizetype(written));
    return box;
}

} // namespace tessera::crypto
