#pragma once
// HOTP (RFC 4226, https://www.rfc-editor.org/rfc/rfc4226): HMAC of the 8-byte big-endian counter,
// then dynamic truncation (§5.3) to a 31-bit value that the code encoders turn into digits.

#include "common/error.h"
#include "common/secret_bytes.h"
#include "crypto/hmac.h"
#include "otp/otp_params.h"

#include <cstdint>

namespace tessera::otp {

// `mac` is crypto::hmac everywhere but in the lean tessera-cli (crypto::hmacWithQt).
Result<std::uint32_t> truncatedValue(Algorithm algorithm, const SecretBytes &secret, std::uint64_t counter,
                                     crypto::MacFunction mac = crypto::hmac);

} // namespace tessera::otp
