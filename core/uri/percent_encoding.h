#pragma once
// Percent-encoding (RFC 3986 §2.1). Decoding can treat '+' as a space, as HTML forms and most
// otpauth generators do in the query ("issuer=Air+Canada"), but never in the path.

#include "common/secret_bytes.h"

#include <QByteArray>
#include <optional>
#include <string_view>

namespace tessera::uri {

enum class PlusMeans { Plus, Space };

// std::nullopt when a '%' is not followed by two hex digits.
std::optional<QByteArray> percentDecode(std::string_view text, PlusMeans plus);
std::optional<SecretBytes> percentDecodeSecret(std::string_view text, PlusMeans plus);

// Every byte except RFC 3986 unreserved characters (A-Z a-z 0-9 - . _ ~) becomes %XX.
QByteArray percentEncode(QByteArrayView bytes);

} // namespace tessera::uri
