#pragma once
// Writes an account as an otpauth:// link that phones and other authenticators read back: label
// "Issuer:Account" percent-encoded, secret in upper-case Base32 without padding, then issuer,
// algorithm, digits and period or counter. Steam accounts use the steam type, as Aegis writes them.
// The link spells the secret, so it is returned in SecretBytes (UTF-8 text).

#include "uri/key_uri.h"

namespace tessera::uri {

SecretBytes writeOtpauth(const KeyUri &account);

} // namespace tessera::uri
