#include "vault/backup_rotation.h"

#include "common/private_files.h"
#include "common/write_failure.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace tessera::vault {

QString backupsFolderFor(const QString &vaultPath)
{
    return QFileInfo(vaultPath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<void> keepBackup(const QString &vaultPath, const QByteArray &previousBytes, quint64 revision)
{
    const QString folder = backupsFolderFor(vaultPath);
    if (!makePrivateFolder(folder))
        return fail(ErrorCode::IoFailure, folder);
    const QString base = QFileInfo(vaultPath).completeBaseName();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path =
        QDir(folder).filePath(QStringLiteral("%1-%2-r%3.tessera").arg(base, stamp).arg(revision, 8, 10, QLatin1Char('0')));
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        restrictToOwner(file);
    if (!opened || file.write(previousBytes) != previousBytes.size() || !file.commit())
        return tl::unexpected(writeFailure(path, file, previousBytes.size()));
    restrictPathToOwner(path);

    QDir dir(folder);
    const QStringList backups = dir.entryList({base + QStringLiteral("-*.tessera")}, QDir::Files, QDir::Name);
    for (qsizetype i = 0; i + kBackupsKept < backups.size(); ++i)
        dir.remove(backups[i]);
    return {};
}

} // namespace tessera::vault
