#pragma once
// Reads one line (a password, a key) from a stream straight into SecretBytes, without its line
// ending, so it never passes through an unwiped buffer. Shared by tessera-cli and tessera's
// --password-stdin.

#include "common/secret_bytes.h"

#include <cstdio>

namespace tessera {

inline constexpr std::size_t kMaxSecretLine = 64 * 1024;

SecretBytes readSecretLine(std::FILE *stream, std::size_t maxLength = kMaxSecretLine);

} // namespace tessera
