#pragma once
// Cryptographic randomness (libsodium's randombytes: the OS generator). Injected where tests need
// determinism: pass a RandomSource.

#include "common/secret_bytes.h"

#include <QByteArray>
#include <functional>
#include <span>

namespace tessera::crypto {

using RandomSource = std::function<void(std::span<std::uint8_t>)>;

void systemRandom(std::span<std::uint8_t> out);
QByteArray randomBytes(qsizetype size, const RandomSource &random = systemRandom);
SecretBytes randomSecret(std::size_t size, const RandomSource &random = systemRandom);

} // namespace tessera::crypto
