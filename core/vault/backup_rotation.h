#pragma once
// Before each save the file as it was goes to backups/ beside the vault. A vault in a synced folder
// shares backups/ with the other computers, so each names its backups with its own device id and
// prunes only its own: the newest ten of each computer are kept.

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace tessera::vault {

inline constexpr int kBackupsKept = 10;

QString backupsFolderFor(const QString &vaultPath);

// Writes `previousBytes` as backups/<name>-<UTC time>-<device>-r<revision>.tessera (the first 8 hex
// digits of `device`; "local" without one), then removes this device's oldest beyond kBackupsKept
// (and the oldest of those named before backups carried a device). Names sort by time.
Result<void> keepBackup(const QString &vaultPath, const QByteArray &previousBytes, quint64 revision,
                        const QString &device);

// The same in a folder of the user's choice (a second backup folder: a USB stick, another sync folder),
// for the file as it is now: <name>-<UTC time>-<device>-r<revision>.tessera, this device's newest
// kBackupsKept kept.
Result<void> keepCopyIn(const QString &folder, const QString &vaultPath, const QByteArray &bytes, quint64 revision,
                        const QString &device);

// Moves a file (a merged conflict copy) into backups/, keeping its name; never deletes it.
Result<QString> moveIntoBackups(const QString &vaultPath, const QString &filePath);

} // namespace tessera::vault
