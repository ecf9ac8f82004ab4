#pragma once
// Base32 as in RFC 4648 §6 (https://www.rfc-editor.org/rfc/rfc4648#section-6).
//
// Decoding is forgiving in the ways people type keys off a web page: lower case, spaces (including
// no-break spaces), tabs, line breaks and hyphens between groups, and missing or extra '=' padding are
// accepted. Bits left over after the last whole byte are dropped, as Google Authenticator does. Any
// other character is refused with its 1-based position. The result goes straight into SecretBytes.

#include "common/error.h"
#include "common/secret_bytes.h"

#include <span>
#include <string_view>

namespace tessera::base32 {

enum class Padding { Omit, Include };

Result<SecretBytes> decode(std::string_view text);

// Upper-case Base32 text of the bytes, kept in SecretBytes because it usually spells a secret.
SecretBytes encode(std::span<const std::uint8_t> bytes, Padding padding = Padding::Omit);

} // namespace tessera::base32
