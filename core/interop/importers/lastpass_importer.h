#pragma once
// LastPass Authenticator JSON exports: {version, accounts[{issuerName, userName, secret, algorithm,
// digits, timeStep, isFavorite…}], folders}. The names the user edited win over the original ones.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kLastPassName = QStringLiteral("LastPass Authenticator");

std::optional<Protection> detectLastPass(const SniffedFile &file);
Result<ImportResult> importLastPass(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
