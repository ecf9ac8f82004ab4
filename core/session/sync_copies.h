#pragma once
// Copies of the vault that a sync engine left beside it (vault/conflict_copies.h), merged the way a
// user expects: every copy that opens with the vault's key is merged in and then moved into backups/
// (never deleted), one under another password waits for the user's "Merge…" with that password. Both
// faces call this on open, and the GUI again whenever the folder changes.

#include "common/error.h"
#include "vault/conflict_copies.h"
#include "vault/vault_store.h"

#include <QStringList>

namespace tessera::session {

struct CopiesMerged
{
    vault::Arrivals arrivals;
    QStringList merged;                       // file names, now in backups/
    QList<vault::ConflictCopy> needPassword;  // written under another password
    QStringList problems;                     // "NAME: why", for copies that could not be merged
};

CopiesMerged mergeConflictCopies(vault::VaultStore &store);

// One copy the user chose (tessera-cli merge FILE, "Merge…"): merged, with its password when it was
// written under another one; a conflict copy beside the vault then goes into backups/.
Result<vault::Arrivals> mergeCopyFile(vault::VaultStore &store, const QString &copyPath,
                                      const std::optional<SecretBytes> &password);

// A deliberate restore of a backup (VaultStore::restoreFrom): the vault's accounts become the backup's,
// as a change made now that every computer takes.
Result<vault::Arrivals> restoreBackup(vault::VaultStore &store, const QString &backupPath,
                                      const std::optional<SecretBytes> &password);

// One line for the user: "2 accounts added and 1 changed on another computer"; empty for nothing.
QString arrivalsSentence(const vault::Arrivals &arrivals);

} // namespace tessera::session
