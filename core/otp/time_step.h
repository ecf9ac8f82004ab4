#pragma once
// TOTP time arithmetic (RFC 6238 §4.2) on 64-bit milliseconds since the Unix epoch, T0 = 0.
// Correct past 2038 (signed 32-bit seconds) and 2106 (unsigned 32-bit seconds).

#include "common/error.h"

#include <cstdint>

namespace tessera::otp {

// The moving factor T = floor(unixSeconds / period); refuses times before 1970.
Result<std::uint64_t> timeStep(std::int64_t unixMs, std::int64_t periodSeconds);

// Whole seconds until the current code changes: from periodSeconds down to 1.
int secondsRemaining(std::int64_t unixMs, std::int64_t periodSeconds);

} // namespace tessera::otp
