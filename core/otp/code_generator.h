#pragma once
// Turns an account's parameters, its secret and a time into the code to type. HOTP, TOTP and Steam
// differ only in the moving factor (counter or time step) and in the alphabet of the encoder.

#include "common/error.h"
#include "common/secret_bytes.h"
#include "crypto/hmac.h"
#include "otp/otp_params.h"

#include <cstdint>
#include <string>

namespace tessera::otp {

// For HOTP the counter in params is used and unixMs ignored. `mac` is crypto::hmac everywhere but in the
// lean tessera-cli (crypto::hmacWithQt).
Result<std::string> generate(const OtpParams &params, const SecretBytes &secret, std::int64_t unixMs,
                             crypto::MacFunction mac = crypto::hmac);

} // namespace tessera::otp
