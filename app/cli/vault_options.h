#pragma once
// Opening the vault as every vault command does, in the order DESIGN.md §4 gives: stdin password,
// keychain, prompt. Which vault, and the options, are vault_choice.h's.

#include "common/error.h"
#include "vault_choice.h"
#include "vault/vault_store.h"

#include <QCommandLineParser>
#include <memory>

namespace tessera::cli {

// The password for an existing vault: stdin's next line with --password-stdin, else a prompt.
Result<SecretBytes> askPassword(const QCommandLineParser &parser, const QString &prompt);
// A new password: stdin's next line with --password-stdin, else prompted twice and compared.
Result<SecretBytes> askNewPassword(const QCommandLineParser &parser);

// Opens the vault as every vault command does: refuses to save over a file older than one this
// computer has seen (VaultRolledBack, exit 2), and merges the sync engines' conflict copies beside it
// (telling on stderr what arrived) unless `mergeCopies` is false.
Result<std::unique_ptr<vault::VaultStore>> openVault(const QCommandLineParser &parser, bool mergeCopies = true);

// Opens the vault and finds exactly one account for the query.
struct FoundAccount
{
    std::unique_ptr<vault::VaultStore> store;
    QUuid id;
};
Result<FoundAccount> openAndFind(const QCommandLineParser &parser, const QString &query);

} // namespace tessera::cli
