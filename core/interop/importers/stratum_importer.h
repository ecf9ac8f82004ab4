#pragma once
// Authenticator Pro / Stratum backups (https://github.com/jamie-mh/AuthenticatorPro, doc/BACKUP_FORMAT.md):
// plain JSON {Authenticators, Categories, AuthenticatorCategories}; encrypted "AUTHENTICATORPRO" + salt
// (16) + IV (12) + AES-256-GCM with an Argon2id key (3 passes, 64 MiB, 4 lanes); and the legacy
// "AuthenticatorPro" + salt (20) + IV (16) + AES-256-CBC with a PBKDF2-HMAC-SHA1 key (64 000
// iterations). Categories become groups; mOTP and Yandex entries are skipped with a reason.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kStratumName = QStringLiteral("Stratum (Authenticator Pro)");

std::optional<Protection> detectStratum(const SniffedFile &file);
Result<ImportResult> importStratum(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
