#include "crypto/key_agreement.h"

#include "crypto/cipher.h"
#include "crypto/hmac.h"
#include "crypto/random.h"

#include <sodium.h>

namespace tessera::crypto {

AgreementKeys newAgreementKeys()
{
    AgreementKeys keys{randomSecret(kAgreementKeySize), {}};
    crypto_scalarmult_base(keys.publicKey.data(), keys.secretKey.data());
    return keys;
}

Result<std::array<std::uint8_t, kAgreementKeySize>> publicKeyOf(const SecretBytes &secretKey)
{
    if (secretKey.size() != kAgreementKeySize)
        return fail(ErrorCode::CryptoFailure, QStringLiteral("an X25519 secret key is 32 bytes"));
    std::array<std::uint8_t, kAgreementKeySize> publicKey{};
    crypto_scalarmult_base(publicKey.data(), secretKey.data());
    return publicKey;
}

Result<SecretBytes> hkdfSha256(const SecretBytes &inputKey, QByteArrayView salt, QByteArrayView info, std::size_t size)
{
    // Extract: the salt is HMAC's key (an absent salt is a block of zeros, which HMAC pads to anyway).
    const auto saltBytes = std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t *>(salt.data()),
                                                         static_cast<std::size_t>(salt.size()));
    auto extracted = hmac(HashAlgorithm::Sha256, saltBytes, inputKey.bytes());
    if (!extracted)
        return tl::unexpected(extracted.error());
    return hkdfExpandSha256(SecretBytes::copyOf(extracted->view()), info, size);
}

Result<SecretBytes> agreedKey(const SecretBytes &ourSecretKey, std::span<const std::uint8_t> theirPublicKey,
                              QByteArrayView salt, QByteArrayView info)
{
    if (ourSecretKey.size() != kAgreementKeySize || theirPublicKey.size() != kAgreementKeySize)
        return fail(ErrorCode::CryptoFailure, QStringLiteral("an X25519 key is 32 bytes"));
    SecretBytes shared(kAgreementKeySize);
    // libsodium refuses a result of all zeros: the other side's key was of low order.
    if (crypto_scalarmult(shared.data(), ourSecretKey.data(), theirPublicKey.data()) != 0)
        return fail(ErrorCode::CryptoFailure, QStringLiteral("the other side's public key is not usable"));
    return hkdfSha256(shared, salt, info, kAesKeySize);
}

Result<QByteArray> sealWithAgreedKey(const SecretBytes &key, std::span<const std::uint8_t> plaintext,
                                     QByteArrayView associated)
{
    const QByteArray nonce = randomBytes(kSealNonceSize);
    auto sealed = aesGcmEncrypt(key, nonce, plaintext, associated);
    if (!sealed)
        return sealed;
    return nonce + *sealed;
}

Result<SecretBytes> openWithAgreedKey(const SecretBytes &key, QByteArrayView sealed, QByteArrayView associated)
{
    if (sealed.size() < qsizetype(kSealNonceSize + kGcmTagSize))
        return fail(ErrorCode::CryptoFailure, QStringLiteral("a sealed message is too short"));
    const QByteArrayView nonce = sealed.first(kSealNonceSize);
    const QByteArrayView body = sealed.sliced(kSealNonceSize, sealed.size() - qsizetype(kSealNonceSize + kGcmTagSize));
    const QByteArrayView tag = sealed.last(kGcmTagSize);
    return aesGcmDecrypt(key, nonce, body, tag, associated, ErrorCode::CryptoFailure);
}

} // namespace tessera::crypto
