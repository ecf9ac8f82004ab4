#pragma once
// An account as a JSON object in the vault payload (docs/VAULT_FORMAT.md). Reading is strict about
// what a code needs (id, type, algorithm, digits, period or counter, sealed secret) and keeps fields it
// does not know.

#include "common/error.h"
#include "vault/account.h"

#include <QJsonObject>

namespace tessera::vault {

QJsonObject accountToJson(const Account &account);
// Fails with ErrorCode::Corrupted and the reason in detail; the caller quarantines the entry.
Result<Account> accountFromJson(const QJsonObject &object);

} // namespace tessera::vault
