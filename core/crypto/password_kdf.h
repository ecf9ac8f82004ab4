#pragma once
// Password-based key derivations that other apps' export files use: PBKDF2 (2FAS, andOTP, FreeOTP 2,
// Bitwarden, Stratum legacy), scrypt (Aegis) through OpenSSL, and Argon2id with several lanes
// (Stratum, Bitwarden, OTPClient) through the reference libargon2, since libsodium's crypto_pwhash only
// computes one lane. Tessera's own vault keeps using kdf.h.
//
// The parameters come from files the user hands us, so each is bounded: a hostile file must not ask
// for 64 GiB of memory or an hour of work. Out of bounds is Corrupted, never an attempt.

#include "common/error.h"
#include "common/secret_bytes.h"
#include "crypto/hmac.h"

#include <QByteArrayView>

namespace tessera::crypto {

inline constexpr std::uint32_t kMaxPbkdf2Iterations = 10'000'000;
inline constexpr std::uint64_t kMaxScryptCost = 1u << 22;     // N
inline constexpr std::uint64_t kMaxForeignMemoryKiB = 1u << 20; // 1 GiB, scrypt and Argon2id
inline constexpr std::uint32_t kMaxArgon2Passes = 64;
inline constexpr std::uint32_t kMaxArgon2Lanes = 64;

Result<SecretBytes> pbkdf2(HashAlgorithm digest, const SecretBytes &password, QByteArrayView salt,
                           std::uint32_t iterations, std::size_t keySize);

Result<SecretBytes> scrypt(const SecretBytes &password, QByteArrayView salt, std::uint64_t n, std::uint32_t r,
                           std::uint32_t p, std::size_t keySize);

struct Argon2idCost
{
    std::uint32_t passes = 3;
    std::uint32_t memoryKiB = 65536;
    std::uint32_t lanes = 4;
};
Result<SecretBytes> argon2idLanes(const SecretBytes &password, QByteArrayView salt, const Argon2idCost &cost,
                                  std::size_t keySize);

} // namespace tessera::crypto
