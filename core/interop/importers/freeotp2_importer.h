#pragma once
// FreeOTP 2 backups (externalBackup.xml; https://github.com/freeotp/freeotp-android): despite the name a
// Java-serialised HashMap<String, String>. "masterKey" holds a 32-byte AES key encrypted with
// AES-256-GCM under PBKDF2 (HMAC-SHA1 or -SHA512) of the password; each "<uuid>" holds the token's
// secret encrypted with that key, and "<uuid>-token" the token's JSON metadata. GCM's associated data
// is the key's algorithm name ("AES", "HmacSHA1"…), and the nonce sits in a DER-encoded parameter blob.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kFreeOtp2Name = QStringLiteral("FreeOTP");

std::optional<Protection> detectFreeOtp2(const SniffedFile &file);
Result<ImportResult> importFreeOtp2(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
