#pragma once
// The lock one read-modify-write of the vault holds, so two programs on this computer never save over
// each other's change. It is a file beside the vault (vault.tessera.lock); in a synced folder a sync
// engine may carry it to another computer, where it names a host that is not this one: such a lock
// means nothing here and is taken over unless a live program on this computer holds it.

#include "common/error.h"

#include <QLockFile>
#include <QString>

namespace tessera::vault {

class VaultLock
{
public:
    explicit VaultLock(const QString &vaultPath);
    static QString lockFileFor(const QString &vaultPath);

    // Busy only when another program holds the lock; a folder that cannot take the lock file is
    // read-only or full, and the user is told which.
    Result<void> acquire();

private:
    // A lock file another computer's program wrote, or one a program here was killed before naming
    // itself in; removeStaleLockFile() still refuses while a live program here holds its native lock.
    static bool heldByNoOneHere(const QLockFile &lock);
    Result<void> failure() const;

    QString m_vaultPath;
    QLockFile m_lock;
};

} // namespace tessera::vault
