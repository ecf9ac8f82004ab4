#include "crypto/password_kdf.h"

#include "crypto/fuzzing_cost.h"
#include "crypto/kdf_budget.h"

#include <argon2.h>
#include <openssl/evp.h>

namespace tessera::crypto {
namespace {

const EVP_MD *digestOf(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return EVP_sha1();
    case HashAlgorithm::Sha256:
        return EVP_sha256();
    case HashAlgorithm::Sha512:
        return EVP_sha512();
    }
    return EVP_sha1();
}

// OpenSSL and libargon2 refuse a null pointer even for an empty password.
const char *passwordData(const SecretBytes &password)
{
    static const char kEmpty = 0;
    return password.isEmpty() ? &kEmpty : reinterpret_cast<const char *>(password.data());
}

const unsigned char *saltData(QByteArrayView salt)
{
    static const unsigned char kEmpty = 0;
    return salt.isEmpty() ? &kEmpty : reinterpret_cast<const unsigned char *>(salt.data());
}

} // namespace

Result<SecretBytes> pbkdf2(HashAlgorithm digest, const SecretBytes &password, QByteArrayView salt,
                           std::uint32_t iterations, std::size_t keySize)
{
    if (iterations == 0 || iterations > kMaxPbkdf2Iterations)
        return fail(ErrorCode::Corrupted, QStringLiteral("PBKDF2 iterations %1").arg(iterations));
    if (auto affordable = KdfBudget::charge(pbkdf2CostMs(iterations, digest == HashAlgorithm::Sha512)); !affordable)
        return tl::unexpected(affordable.error());
    SecretBytes key(keySize);
    if (PKCS5_PBKDF2_HMAC(passwordData(password), int(password.size()), saltData(salt), int(salt.size()),
                          kCheapKeyDerivationForFuzzing ? 1 : int(iterations), digestOf(digest), int(keySize), key.data()) != 1)
        return fail(ErrorCode::CryptoFailure, QStringLiteral("PBKDF2"));
    return key;
}

Result<SecretBytes> scrypt(const SecretBytes &password, QByteArrayView salt, std::uint64_t n, std::uint32_t r,
                           std::uint32_t p, std::size_t keySize)
{
    // Memory is 128 * r * N bytes (plus 128 * r * p for the parallel blocks).
    const bool powerOfTwo = n > 1 && (n & (n - 1)) == 0;
    const std::uint64_t memoryKiB = r == 0 ? 0 : (128ull * r * n) / 1024;
    if (!powerOfTwo || n > kMaxScryptCost || r == 0 || r > 64 || p == 0 || p > 64 || memoryKiB > kMaxForeignMemoryKiB)
        return fail(ErrorCode::Corrupted, QStringLiteral("scrypt parameters N=%1 r=%2 p=%3").arg(n).arg(r).arg(p));
    if (auto affordable = KdfBudget::charge(scryptCostMs(n, r, p)); !affordable)
        return tl::unexpected(affordable.error());
    if constexpr (kCheapKeyDerivationForFuzzing) {
        n = 2;
        r = 1;
        p = 1;
    }
    SecretBytes key(keySize);
    const std::uint64_t maxMemory = (memoryKiB + 1024) * 1024 + 128ull * r * p;
    if (EVP_PBE_scrypt(passwordData(password), password.size(), saltData(salt), std::size_t(salt.size()), n, r, p,
                       maxMemory, key.data(), keySize) != 1)
        return fail(ErrorCode::OutOfMemory, QStringLiteral("scrypt"));
    return key;
}

Result<SecretBytes> argon2idLanes(const SecretBytes &password, QByteArrayView salt, const Argon2idCost &cost,
                                  std::size_t keySize)
{
    if (cost.passes == 0 || cost.passes > kMaxArgon2Passes || cost.lanes == 0 || cost.lanes > kMaxArgon2Lanes ||
        cost.memoryKiB < 8 * cost.lanes || cost.memoryKiB > kMaxForeignMemoryKiB || salt.size() < ARGON2_MIN_SALT_LENGTH)
        return fail(ErrorCode::Corrupted, QStringLiteral("Argon2id parameters t=%1 m=%2 KiB p=%3")
                                               .arg(cost.passes)
                                               .arg(cost.memoryKiB)
                                               .arg(cost.lanes));
    if (auto affordable = KdfBudget::charge(argon2CostMs(cost.memoryKiB, cost.passes)); !affordable)
        return tl::unexpected(affordable.error());
    const Argon2idCost used = kCheapKeyDerivationForFuzzing ? Argon2idCost{1, 8 * cost.lanes, cost.lanes} : cost;
    SecretBytes key(keySize);
    const int status = argon2id_hash_raw(used.passes, used.memoryKiB, used.lanes, passwordData(password),
                                         password.size(), salt.data(), std::size_t(salt.size()), key.data(), keySize);
    if (status == ARGON2_MEMORY_ALLOCATION_ERROR)
        return fail(ErrorCode::OutOfMemory, QStringLiteral("Argon2id"));
    if (status != ARGON2_OK)
        return fail(ErrorCode::CryptoFailure, QString::fromLatin1(argon2_error_message(status)));
    return key;
}

} // namespace tessera::crypto
