#include "crypto/hmac.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace tessera::crypto {
namespace {

struct MacDeleter
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); } // frees with OPENSSL_cleanse
};
using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, MacDeleter>;

const char *digestName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return "SHA1";
    case HashAlgorithm::Sha256:
        return "SHA256";
    case HashAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA1";
}

// Fetching the HMAC implementation and the digest costs more than computing a code, and so does
// duplicating a context per call, so each thread keeps one context per digest and re-keys it. After
// each use it is re-keyed with a fixed public key, so no state derived from a secret outlives the call.
EVP_MAC_CTX *cachedContext(HashAlgorithm algorithm)
{
    thread_local std::unique_ptr<EVP_MAC, MacDeleter> mac(EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr));
    thread_local MacCtxPtr contexts[3];
    auto &ctx = contexts[static_cast<int>(algorithm)];
    if (!ctx && mac) {
        MacCtxPtr fresh(EVP_MAC_CTX_new(mac.get()));
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digestName(algorithm)), 0),
            OSSL_PARAM_construct_end()};
        if (fresh && EVP_MAC_CTX_set_params(fresh.get(), params) == 1)
            ctx = std::move(fresh);
    }
    return ctx.get();
}

} // namespace

Result<Mac> hmac(HashAlgorithm algorithm, std::span<const std::uint8_t> key, std::span<const std::uint8_t> message)
{
    EVP_MAC_CTX *ctx = cachedContext(algorithm);
    const QLatin1String name(digestName(algorithm));
    if (!ctx)
        return fail(ErrorCode::CryptoFailure, QStringLiteral("HMAC-%1 unavailable").arg(name));
    Mac mac;
    // OpenSSL refuses a null key pointer even for length 0; RFC 2104 allows an empty key.
    static const std::uint8_t kPublicKey = 0;
    const std::uint8_t *keyData = key.empty() ? &kPublicKey : key.data();
    const bool ok = EVP_MAC_init(ctx, keyData, key.size(), nullptr) == 1 &&
                    EVP_MAC_update(ctx, message.data(), message.size()) == 1 &&
                    EVP_MAC_final(ctx, mac.bytes.data(), &mac.size, mac.bytes.size()) == 1;
    EVP_MAC_init(ctx, &kPublicKey, 1, nullptr);
    if (!ok)
        return fail(ErrorCode::CryptoFailure, QStringLiteral("HMAC-%1 failed").arg(name));
    return mac;
}

} // namespace tessera::crypto
