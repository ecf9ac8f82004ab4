#pragma once
// The decrypted payload: {"version": 1, "accounts": [...]} (docs/VAULT_FORMAT.md). Entries that cannot
// be read are quarantined on parse and written back unchanged on serialise.

#include "common/error.h"
#include "vault/vault.h"

#include <QByteArray>

namespace tessera::vault {

inline constexpr int kPayloadVersion = 1;

QByteArray serializePayload(const Vault &vault);
// Corrupted when the JSON itself is unreadable; UnsupportedVersion for a newer payload.
Result<Vault> parsePayload(QByteArrayView json);

} // namespace tessera::vault
