#pragma once
// HMAC (RFC 2104): through OpenSSL's libcrypto (hmac), or through QtCore (hmacWithQt) for tessera-cli's
// lean start. This folder is the only place that includes OpenSSL or libsodium headers.

#include "common/error.h"

#include <array>
#include <cstdint>
#include <span>

namespace tessera::crypto {

enum class HashAlgorithm { Sha1, Sha256, Sha512 };

inline constexpr std::size_t kMaxMacSize = 64;

struct Mac
{
    std::array<std::uint8_t, kMaxMacSize> bytes{};
    std::size_t size = 0;
    ~Mac(); // wipes the bytes: a MAC of a counter is as good as a code
    std::span<const std::uint8_t> view() const { return {bytes.data(), size}; }
};

Result<Mac> hmac(HashAlgorithm algorithm, std::span<const std::uint8_t> key, std::span<const std::uint8_t> message);

// QtCore's HMAC (QMessageAuthenticationCode), for the lean tessera-cli's `code --secret` only
// (docs/ARCHITECTURE.md, "tessera-cli's two programs"): loading libcrypto and its first HMAC cost twice a
// bare Qt program's whole start. Qt keeps copies of the key in buffers it does not wipe, so this is for a
// process that computes one code for a key the user gave it, then exits (without core dumps); the app
// and everything that reads the vault use hmac.
Result<Mac> hmacWithQt(HashAlgorithm algorithm, std::span<const std::uint8_t> key, std::span<const std::uint8_t> message);

// Either of the two, for the code generator.
using MacFunction = Result<Mac> (*)(HashAlgorithm, std::span<const std::uint8_t>, std::span<const std::uint8_t>);

} // namespace tessera::crypto
