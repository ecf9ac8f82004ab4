#pragma once
// Bitwarden JSON exports (https://bitwarden.com/help/encrypted-export/): the unencrypted export, and the
// password-protected one — a key stretched by PBKDF2-SHA256 or Argon2id (salt used as text; for
// Argon2id its SHA-256), expanded by HKDF into an encryption and a MAC key, and "2.iv|data|mac"
// strings of AES-256-CBC with HMAC-SHA256. Each login's TOTP field may be an otpauth:// link, a
// steam:// key or a bare Base32 key; the item's name and user name name the account when the field
// does not. Exports bound to a Bitwarden account cannot be opened with a password and are refused.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kBitwardenName = QStringLiteral("Bitwarden");

std::optional<Protection> detectBitwarden(const SniffedFile &file);
Result<ImportResult> importBitwarden(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
