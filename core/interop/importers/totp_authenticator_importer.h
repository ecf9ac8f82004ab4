#pragma once
// TOTP Authenticator (BinaryBoot) backups: base64 text of AES-256-CBC with SHA-256(password) as the key
// and a zero IV. The plaintext is a JSON object whose first key is itself the JSON text of the entry
// list ({issuer, name, key, base 16|32|64}). The app computes every code with SHA-1, six digits and 30
// seconds whatever the entry says, so Tessera does the same to show the same codes.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kTotpAuthenticatorName = QStringLiteral("TOTP Authenticator");

std::optional<Protection> detectTotpAuthenticator(const SniffedFile &file);
Result<ImportResult> importTotpAuthenticator(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
