#pragma once
// The optional second backup folder (a USB stick, another sync folder): kept in the shared settings,
// so a save from either face leaves an encrypted copy there too (vault/vault_store.h).

#include "vault/vault_store.h"

#include <QString>

namespace tessera::session {

// Empty when there is none.
QString secondBackupFolder();
// Remembers `folder` (empty: none) and applies it to the open store; the first copy is made at once,
// so a folder that cannot be written is said now, not at the next save.
Result<void> useSecondBackupFolder(vault::VaultStore &store, const QString &folder);
// Why the last save's copy could not go there (one sentence), or empty.
QString secondBackupProblem(const vault::VaultStore &store);

} // namespace tessera::session
