#pragma once
// The decrypted payload: {"version": 2, "accounts": [...], "removed": [...], "history": {...}}
// (docs/VAULT_FORMAT.md). Entries that cannot be read are quarantined on parse and written back
// unchanged on serialise. Version 1 (no history, no removed accounts, the order of the list) is read
// and written back as version 2.

#include "common/error.h"
#include "vault/vault.h"

#include <QByteArray>

namespace tessera::vault {

inline constexpr int kPayloadVersion = 2;

QByteArray serializePayload(const Vault &vault);
// Corrupted when the JSON itself is unreadable; UnsupportedVersion for a newer payload.
Result<Vault> parsePayload(QByteArrayView json);

} // namespace tessera::vault
