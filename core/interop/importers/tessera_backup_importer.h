#pragma once
// Tessera's own encrypted backups: a vault file (docs/VAULT_FORMAT.md) with one password slot, written
// by the Tessera backup exporter. Everything an account carries comes back: group, notes, favourite
// and the service's recovery codes with the time each was used.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kTesseraName = QStringLiteral("Tessera backup");

std::optional<Protection> detectTesseraBackup(const SniffedFile &file);
Result<ImportResult> importTesseraBackup(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
