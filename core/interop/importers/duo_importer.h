#pragma once
// Duo Mobile's accounts.json (from an Android backup): [{name, otpGenerator{otpSecret, counter?}}]; an
// account with a counter is HOTP. Duo's own push accounts have no secret and are skipped.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kDuoName = QStringLiteral("Duo Mobile");

std::optional<Protection> detectDuo(const SniffedFile &file);
Result<ImportResult> importDuo(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
