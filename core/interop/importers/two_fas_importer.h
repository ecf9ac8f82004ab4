#pragma once
// 2FAS Authenticator backups (.2fas, JSON, schema versions 1–4), plain or encrypted: the services are
// then AES-256-GCM under PBKDF2-HMAC-SHA256(password, 256-byte salt, 10 000 iterations), stored as
// "ciphertext+tag:salt:iv" in base64. Schema 1 knows only TOTP with the defaults; schema 2 has no
// token type (everything is TOTP); schemas 3 and 4 add HOTP, Steam and the counter. The user's own
// edits (service name, account) win over the link the service was added from.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kTwoFasName = QStringLiteral("2FAS");

std::optional<Protection> detectTwoFas(const SniffedFile &file);
Result<ImportResult> importTwoFas(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
