#pragma once
// Authy's own data on a rooted Android phone (Authy has no export): the shared_prefs file whose entry
// com.authy.storage.tokens.authenticator.key holds a JSON list of the accounts added by QR code.
// Older versions keep each secret as "decryptedSecret"; newer ones as "encryptedSecret" with a salt:
// AES-256-CBC with a zero IV under PBKDF2-HMAC-SHA1(backup password, salt text, 1000 iterations).
// Authy computes these codes with SHA-1 every 30 seconds whatever the entry says. Authy's own
// accounts (Twilio, Authy-native 7-digit tokens) live elsewhere and cannot be moved.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kAuthyName = QStringLiteral("Authy");

std::optional<Protection> detectAuthy(const SniffedFile &file);
Result<ImportResult> importAuthy(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
