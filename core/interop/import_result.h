#pragma once
// What an importer hands back: the accounts it could read, and for each entry it could not, a reason.
// Importers only read bytes; adding to the vault is one session call (all or nothing).

#include "uri/key_uri.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace tessera::interop {

struct SkippedEntry
{
    QString where;  // "line 4", "entry 'Gcore'"
    QString reason; // one sentence
};

struct ImportedRecoveryCode
{
    SecretBytes code;
    std::optional<qint64> usedAtMs;
};

// What some formats carry beside the link (Aegis, Tessera backups): kept so a move loses nothing.
struct AccountExtras
{
    // Each member has its own initialiser so an importer names only what its format carries.
    QString group = {};
    QString notes = {};
    bool favourite = false;
    QString icon = {}; // a data: URL (Aegis keeps its icons in the file), or an icon name
    QStringList sites = {}; // the websites it signs in on (Tessera's own backups)
    std::vector<ImportedRecoveryCode> recoveryCodes = {};
};

struct ImportResult
{
    std::vector<uri::KeyUri> accounts;
    std::vector<AccountExtras> extras; // empty, or one per account (add() keeps them in step)
    std::vector<SkippedEntry> skipped;

    void add(uri::KeyUri account, AccountExtras accountExtras = {})
    {
        extras.resize(accounts.size());
        accounts.push_back(std::move(account));
        extras.push_back(std::move(accountExtras));
    }
    const AccountExtras *extrasOf(std::size_t index) const
    {
        return index < extras.size() ? &extras[index] : nullptr;
    }
};

} // namespace tessera::interop
