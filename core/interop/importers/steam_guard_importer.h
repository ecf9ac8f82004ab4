#pragma once
// Steam Guard files of the Steam mobile app and Steam Desktop Authenticator (.maFile): one account
// object, or {accounts: {id: account}}, each with a base64 shared_secret and an account_name.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kSteamName = QStringLiteral("Steam Guard");

std::optional<Protection> detectSteamGuard(const SniffedFile &file);
Result<ImportResult> importSteamGuard(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
