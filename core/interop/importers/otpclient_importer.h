#pragma once
// OTPClient's own database (https://github.com/paolostivanin/OTPClient, src/common/db-common.{h,c}),
// format 3: the C header struct as OTPClient writes it — "OTPClient" (9 bytes, 3 bytes of alignment),
// version, IV (16), salt (32), Argon2id passes, memory (KiB) and lanes as 32-bit little-endian integers
// — then AES-256-GCM ciphertext and a 16-byte tag, with the whole header as associated data. The
// plaintext is a NUL-terminated JSON array of {type, label, issuer, secret, digits, algo, period |
// counter, group}. OTPClient shows TOTP accounts whose issuer is "Steam" as Steam codes.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kOtpClientName = QStringLiteral("OTPClient");

std::optional<Protection> detectOtpClient(const SniffedFile &file);
Result<ImportResult> importOtpClient(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
