#pragma once
// Proton Authenticator exports: {version: 1, entries[{content{uri, entry_type, name}, note}]}. The
// link carries the account; the entry's name, which the user may have edited, names it.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kProtonName = QStringLiteral("Proton Authenticator");

std::optional<Protection> detectProtonAuthenticator(const SniffedFile &file);
Result<ImportResult> importProtonAuthenticator(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
