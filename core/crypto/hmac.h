#pragma once
// HMAC (RFC 2104) through OpenSSL's libcrypto. This folder is the only place that includes OpenSSL or
// libsodium headers.

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

} // namespace tessera::crypto
