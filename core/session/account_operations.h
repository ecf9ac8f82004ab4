#pragma once
// What a user does with accounts, written once for both faces: add, find by query, get the current
// code (HOTP advances and saves its counter) and the service's recovery codes. Edits: account_edits.h.

#include "common/clock.h"
#include "common/error.h"
#include "uri/key_uri.h"
#include "vault/vault_store.h"

#include <optional>

#include <string>
#include <vector>

namespace tessera::session {

// A new account for the key, its secret sealed with the store's key, the known service's websites
// (service_sites.h) as its own; not yet in the vault.
vault::Account newAccount(const vault::VaultStore &store, const uri::KeyUri &key, std::int64_t nowMs);

// `sites`, when given, are the account's websites instead of the known service's (each checked as
// siteFromText does; nothing is saved when one is refused). One save.
Result<QUuid> addAccount(vault::VaultStore &store, const uri::KeyUri &account, std::int64_t nowMs,
                         const std::optional<QStringList> &sites = std::nullopt);
// Adds many accounts in one save: all of them or, if the save fails, none.
Result<void> addAccounts(vault::VaultStore &store, const std::vector<uri::KeyUri> &accounts, std::int64_t nowMs);

// Exactly one account for the query; AccountNotFound or AmbiguousQuery (with the candidates) otherwise.
Result<QUuid> findAccount(const vault::Vault &vault, const QString &query);

// The accounts whose issuer and name together hold every term (any case), favourites first, at most
// `limit`: what the desktop's search shows (names only, never codes).
QList<QUuid> searchAccounts(const vault::Vault &vault, const QStringList &terms, int limit);
// The favourite accounts in the user's order, for the tray's menu.
QList<QUuid> favouriteAccounts(const vault::Vault &vault);

// The code to type now. For HOTP this is the code of the stored counter, and the counter is advanced
// and saved first, so a code is never shown twice.
Result<std::string> currentCode(vault::VaultStore &store, const QUuid &id, std::int64_t nowMs);

// The secret of an account, opened for an export or for showing it to the user on request.
Result<SecretBytes> openSecret(const vault::VaultStore &store, const QUuid &id);

// Adds codes to the account's set, or replaces the set (a service voids the old set when it issues a
// new one). Codes are trimmed; empty or absurdly long ones are refused.
Result<void> addRecoveryCodes(vault::VaultStore &store, const QUuid &id, const QList<QByteArray> &codes, bool replace,
                              std::int64_t nowMs);

struct OpenedRecoveryCode
{
    SecretBytes code;
    std::optional<qint64> usedAtMs;
};
Result<std::vector<OpenedRecoveryCode>> recoveryCodes(const vault::VaultStore &store, const QUuid &id);

// Hands out the first unused code and marks it used (saved before it is returned).
Result<SecretBytes> useRecoveryCode(vault::VaultStore &store, const QUuid &id, std::int64_t nowMs);

} // namespace tessera::session
