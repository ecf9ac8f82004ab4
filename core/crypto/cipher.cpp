#include "crypto/cipher.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

namespace tessera::crypto {
namespace {

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const unsigned char *bytesOf(QByteArrayView view)
{
    static const unsigned char kEmpty = 0;
    return view.isEmpty() ? &kEmpty : reinterpret_cast<const unsigned char *>(view.data());
}

Error cryptoError(const char *what)
{
    return Error{ErrorCode::CryptoFailure, QString::fromLatin1(what)};
}

} // namespace

Result<SecretBytes> aesGcmDecrypt(const SecretBytes &key, QByteArrayView iv, QByteArrayView ciphertext,
                                  QByteArrayView tag, QByteArrayView associatedData, ErrorCode failure)
{
    if (key.size() != kAesKeySize || iv.isEmpty() || std::size_t(tag.size()) != kGcmTagSize)
        return fail(ErrorCode::Corrupted, QStringLiteral("AES-GCM key, nonce or tag size"));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    SecretBytes plain(std::size_t(ciphertext.size()) + 1); // +1: OpenSSL needs a buffer for empty input
    int written = 0;
    int finalWritten = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) == 1 &&
              EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytesOf(iv)) == 1;
    int ignored = 0;
    if (ok && !associatedData.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &ignored, bytesOf(associatedData), int(associatedData.size())) == 1;
    ok = ok && EVP_DecryptUpdate(ctx.get(), plain.data(), &written, bytesOf(ciphertext), int(ciphertext.size())) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(tag.size()),
                             const_cast<unsigned char *>(bytesOf(tag))) == 1;
    if (!ok)
        return tl::unexpected(cryptoError("AES-GCM"));
    if (EVP_DecryptFinal_ex(ctx.get(), plain.data() + written, &finalWritten) != 1)
        return fail(failure);
    plain.truncate(std::size_t(written + finalWritten));
    return plain;
}

Result<QByteArray> aesGcmEncrypt(const SecretBytes &key, QByteArrayView iv, std::span<const std::uint8_t> plaintext,
                                 QByteArrayView associatedData)
{
    if (key.size() != kAesKeySize || iv.isEmpty())
        return fail(ErrorCode::CryptoFailure, QStringLiteral("AES-GCM key or nonce size"));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(qsizetype(plaintext.size() + kGcmTagSize), Qt::Uninitialized);
    auto *outData = reinterpret_cast<unsigned char *>(out.data());
    static const unsigned char kEmpty = 0;
    int written = 0;
    int finalWritten = 0;
    int ignored = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytesOf(iv)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &ignored, bytesOf(associatedData), int(associatedData.size())) == 1;
    ok = ok &&
         EVP_EncryptUpdate(ctx.get(), outData, &written, plaintext.empty() ? &kEmpty : plaintext.data(),
                           int(plaintext.size())) == 1 &&
         EVP_EncryptFinal_ex(ctx.get(), outData + written, &finalWritten) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(kGcmTagSize), outData + written + finalWritten) == 1;
    if (!ok)
        return tl::unexpected(cryptoError("AES-GCM"));
    return out;
}

Result<SecretBytes> aesCbcDecrypt(const SecretBytes &key, QByteArrayView iv, QByteArrayView ciphertext,
                                  ErrorCode failure)
{
    if (key.size() != kAesKeySize || iv.size() != 16)
        return fail(ErrorCode::Corrupted, QStringLiteral("AES-CBC key or IV size"));
    if (ciphertext.isEmpty() || ciphertext.size() % 16 != 0)
        return fail(ErrorCode::Corrupted, QStringLiteral("the encrypted data is cut off"));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    SecretBytes plain(std::size_t(ciphertext.size()) + 16);
    int written = 0;
    int finalWritten = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(), bytesOf(iv)) == 1 &&
                    EVP_DecryptUpdate(ctx.get(), plain.data(), &written, bytesOf(ciphertext), int(ciphertext.size())) == 1;
    if (!ok)
        return tl::unexpected(cryptoError("AES-CBC"));
    if (EVP_DecryptFinal_ex(ctx.get(), plain.data() + written, &finalWritten) != 1)
        return fail(failure);
    plain.truncate(std::size_t(written + finalWritten));
    return plain;
}

Result<QByteArray> aesCbcEncrypt(const SecretBytes &key, QByteArrayView iv, std::span<const std::uint8_t> plaintext)
{
    if (key.size() != kAesKeySize || iv.size() != 16)
        return fail(ErrorCode::CryptoFailure, QStringLiteral("AES-CBC key or IV size"));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(qsizetype(plaintext.size() + 16), Qt::Uninitialized);
    auto *outData = reinterpret_cast<unsigned char *>(out.data());
    static const unsigned char kEmpty = 0;
    int written = 0;
    int finalWritten = 0;
    const bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(), bytesOf(iv)) == 1 &&
                    EVP_EncryptUpdate(ctx.get(), outData, &written, plaintext.empty() ? &kEmpty : plaintext.data(),
                                      int(plaintext.size())) == 1 &&
                    EVP_EncryptFinal_ex(ctx.get(), outData + written, &finalWritten) == 1;
    if (!ok)
        return tl::unexpected(cryptoError("AES-CBC"));
    out.truncate(written + finalWritten);
    return out;
}

SecretBytes sha256(std::span<const std::uint8_t> bytes)
{
    SecretBytes digest(32);
    unsigned int size = 0;
    static const unsigned char kEmpty = 0;
    EVP_Digest(bytes.empty() ? &kEmpty : bytes.data(), bytes.size(), digest.data(), &size, EVP_sha256(), nullptr);
    return digest;
}

Result<SecretBytes> hkdfExpandSha256(const SecretBytes &key, QByteArrayView info, std::size_t size)
{
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr),
                                                           &EVP_KDF_free);
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr,
                                                                   &EVP_KDF_CTX_free);
    if (!ctx)
        return tl::unexpected(cryptoError("HKDF unavailable"));
    int mode = EVP_KDF_HKDF_MODE_EXPAND_ONLY;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char *>("SHA256"), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t *>(key.data()), key.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info.data()), std::size_t(info.size())),
        OSSL_PARAM_construct_end()};
    SecretBytes out(size);
    if (EVP_KDF_derive(ctx.get(), out.data(), size, params) != 1)
        return tl::unexpected(cryptoError("HKDF"));
    return out;
}

bool macsEqual(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace tessera::crypto
