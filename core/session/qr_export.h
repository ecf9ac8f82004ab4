#pragma once
// Handing accounts to a phone: one account as an otpauth:// link (for its QR code), or many as Google
// Authenticator "Transfer accounts" links, several accounts per code, numbered as one batch. Accounts
// the transfer format cannot carry are listed with the reason instead of being changed silently.

#include "common/error.h"
#include "interop/import_result.h"
#include "vault/vault_store.h"

#include <QUuid>
#include <vector>

namespace tessera::session {

// Google Authenticator puts about ten accounts in a code; eight keeps each code easy to read from a screen.
inline constexpr int kAccountsPerMigrationCode = 8;

struct PhoneExport
{
    std::vector<SecretBytes> links;              // otpauth-migration:// links, one per QR code, in order
    std::vector<interop::SkippedEntry> notCarried; // accounts the format cannot carry, with the reason
};

// The accounts `ids` (all accounts when empty), in vault order. Fails on an unknown id.
Result<PhoneExport> exportForPhone(const vault::VaultStore &store, const std::vector<QUuid> &ids,
                                   int perCode = kAccountsPerMigrationCode);

// One account as an otpauth:// link.
Result<SecretBytes> accountLink(const vault::VaultStore &store, const QUuid &id);

} // namespace tessera::session
