#pragma once
// Ente Auth encrypted exports (https://github.com/ente-io/ente, docs/auth/migration/export.md): JSON
// {version, kdfParams{memLimit, opsLimit, salt}, encryptedData, encryptionNonce}. The key is libsodium's
// Argon2id (crypto_pwhash) of the password, the data one crypto_secretstream_xchacha20poly1305 message
// whose header is the "nonce". The plaintext is the same otpauth:// list as Ente's plain export, which
// the otpauth list importer reads.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kEnteName = QStringLiteral("Ente Auth");

std::optional<Protection> detectEnte(const SniffedFile &file);
Result<ImportResult> importEnte(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
