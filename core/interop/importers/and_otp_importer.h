#pragma once
// andOTP backups: otp_accounts.json (a JSON array), and the encrypted otp_accounts.json.aes in its two
// layouts — current: iterations (4 bytes, big-endian) || salt (12) || nonce (12) || AES-256-GCM with a
// PBKDF2-HMAC-SHA1 key; old: nonce (12) || AES-256-GCM with SHA-256(password) as the key. Encrypted
// files carry no marker, so both layouts are tried. Old files have no issuer field; their label
// "Issuer - Name" is split, and a name that repeats the issuer ("Deno:Mason") loses the prefix.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kAndOtpName = QStringLiteral("andOTP");

// A JSON list of andOTP entries, or any binary file (the registry asks andOTP last).
std::optional<Protection> detectAndOtp(const SniffedFile &file);
Result<ImportResult> importAndOtp(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
