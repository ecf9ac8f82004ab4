#include "crypto/aead.h"

#include <sodium.h>

namespace tessera::crypto {
namespace {

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

QByteArray encrypt(const SecretBytes &key, QByteArrayView nonce, std::span<const std::uint8_t> plaintext,
                   QByteArrayView associatedData)
{
    Q_ASSERT(key.size() == kAeadKeySize && static_cast<std::size_t>(nonce.size()) == kAeadNonceSize);
    QByteArray out(static_cast<qsizetype>(plaintext.size() + kAeadTagSize), Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(out.data()), &written,
                                               plaintext.data(), plaintext.size(), bytes(associatedData),
                                               static_cast<unsigned long long>(associatedData.size()), nullptr,
                                               bytes(nonce), key.data());
    return out;
}

Result<SecretBytes> decrypt(const SecretBytes &key, QByteArrayView nonce, QByteArrayView ciphertext,
                            QByteArrayView associatedData, ErrorCode failure)
{
    if (key.size() != kAeadKeySize || static_cast<std::size_t>(nonce.size()) != kAeadNonceSize ||
        static_cast<std::size_t>(ciphertext.size()) < kAeadTagSize)
        return fail(failure);
    const std::size_t length = static_cast<std::size_t>(ciphertext.size()) - kAeadTagSize;
    SecretBytes plain(length);
    unsigned char empty = 0; // libsodium wants a writable pointer even for an empty message
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            length ? plain.data() : &empty, &written, nullptr, bytes(ciphertext),
            static_cast<unsigned long long>(ciphertext.size()), bytes(associatedData),
            static_cast<unsigned long long>(associatedData.size()), bytes(nonce), key.data()) != 0)
        return fail(failure);
    return plain;
}

QByteArray seal(const SecretBytes &key, std::span<const std::uint8_t> plaintext, QByteArrayView associatedData,
                const RandomSource &random)
{
    const QByteArray nonce = randomBytes(kAeadNonceSize, random);
    return nonce + encrypt(key, nonce, plaintext, associatedData);
}

Result<SecretBytes> open(const SecretBytes &key, QByteArrayView box, QByteArrayView associatedData, ErrorCode failure)
{
    if (static_cast<std::size_t>(box.size()) < kAeadNonceSize + kAeadTagSize)
        return fail(failure);
    return decrypt(key, box.first(kAeadNonceSize), box.sliced(kAeadNonceSize), associatedData, failure);
}

} // namespace tessera::crypto
