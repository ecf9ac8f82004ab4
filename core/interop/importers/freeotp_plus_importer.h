#pragma once
// FreeOTP+ JSON exports ({tokenOrder, tokens[]}; https://github.com/helloworld1/FreeOTPPlus): the
// secret is a Java signed-byte array, and an HOTP token stores one less than the next counter to use
// (FreeOTP increments before computing), so the counter is read back as stored + 1. A TOTP token whose
// issuer is "Steam" is a Steam account, as FreeOTP+ shows it.

#include "interop/import_registry.h"
#include "interop/import_support.h"

namespace tessera::interop {

inline const QString kFreeOtpPlusName = QStringLiteral("FreeOTP+");

std::optional<Protection> detectFreeOtpPlus(const SniffedFile &file);
Result<ImportResult> importFreeOtpPlus(QByteArrayView bytes, const SecretBytes &password);

// One FreeOTP token's metadata (shared with FreeOTP 2 backups, whose counter is stored as is).
enum class StoredCounter { NextMinusOne, Next };
Result<EntryFields> freeOtpTokenFields(const QJsonObject &token, StoredCounter counter);

} // namespace tessera::interop
