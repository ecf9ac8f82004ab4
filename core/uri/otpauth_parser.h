#pragma once
// Parses otpauth:// links (Key URI Format): otpauth://TYPE/LABEL?PARAMETERS
//
// - TYPE is totp, hotp or steam (any case); encoder=steam also means Steam, as KeePassXC writes it.
// - LABEL is "Issuer:Account" percent-encoded UTF-8 (an encoded colon %3A splits too); the issuer
//   parameter, when not empty, wins over the label prefix.
// - secret is required; algorithm, digits, period and counter follow otp::parse*; unknown parameters
//   such as image are ignored. HOTP needs a counter. Links over 64 KiB are refused unread.

#include "common/error.h"
#include "uri/key_uri.h"

#include <string_view>

namespace tessera::uri {

Result<KeyUri> parseOtpauth(std::string_view text);

} // namespace tessera::uri
