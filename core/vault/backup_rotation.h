#pragma once
// Before each save the file as it was goes to backups/ beside the vault; the newest ten are kept.

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace tessera::vault {

inline constexpr int kBackupsKept = 10;

QString backupsFolderFor(const QString &vaultPath);

// Writes `previousBytes` as backups/<name>-<UTC time>-r<revision>.tessera, then removes the oldest
// beyond kBackupsKept. Names sort by time, so the newest are the last.
Result<void> keepBackup(const QString &vaultPath, const QByteArray &previousBytes, quint64 revision);

} // namespace tessera::vault
