#pragma once
// Aegis vault exports (https://github.com/beemdevelopment/Aegis/blob/master/docs/vault.md): JSON with a
// header of key slots and a database of entries (versions 1–3), plain or encrypted — each password slot
// wraps the master key with scrypt + AES-256-GCM, and the master key encrypts the database with
// AES-256-GCM. Groups, notes and favourites are kept; mOTP and Yandex entries are skipped with a reason.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kAegisName = QStringLiteral("Aegis");

std::optional<Protection> detectAegis(const SniffedFile &file);
Result<ImportResult> importAegis(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
