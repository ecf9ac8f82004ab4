#pragma once
// The copies a sync engine leaves beside the vault when two computers changed it while apart: each
// engine names the losing version its own way. Tessera merges them (session/sync_copies.h), so the
// accounts added on one computer never vanish with the copy nobody looks at.

#include <QList>
#include <QString>
#include <optional>

namespace tessera::vault {

enum class SyncEngine { Syncthing, Nextcloud, Dropbox, OneDrive, ICloud };

struct ConflictCopy
{
    QString path;
    SyncEngine engine;
};

QString engineName(SyncEngine engine);

// Whether `candidate` (a file name in the vault's folder) is a conflict copy of the vault file named
// `vaultFileName`, and whose. A sync engine's temporary files are never one.
//   Syncthing           NAME.sync-conflict-20261201-101500-ABCDEFG.EXT
//   Nextcloud/ownCloud  NAME (conflicted copy 2026-12-01 101500).EXT, NAME_conflict-20261201-101500.EXT
//   Dropbox             NAME (laptop's conflicted copy 2026-12-01).EXT, also with " (1)" after it
//   OneDrive            NAME-HOSTNAME.EXT, NAME-HOSTNAME-2.EXT
//   iCloud Drive        NAME 2.EXT
std::optional<SyncEngine> conflictCopyEngine(const QString &vaultFileName, const QString &candidate);

// The conflict copies beside the vault that carry this vault's id (another vault whose name looks
// like one, say vault-work.tessera, is left alone), oldest first.
QList<ConflictCopy> findConflictCopies(const QString &vaultPath, const QByteArray &vaultId);

} // namespace tessera::vault
