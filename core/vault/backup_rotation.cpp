#include "vault/backup_rotation.h"

#include "common/private_files.h"
#include "common/write_failure.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace tessera::vault {
namespace {

// Removes the oldest of the backups whose names match `pattern` beyond kBackupsKept.
void prune(QDir &dir, const QStringList &names, const QRegularExpression &pattern)
{
    const QStringList matching = names.filter(pattern);
    for (qsizetype i = 0; i + kBackupsKept < matching.size(); ++i)
        dir.remove(matching[i]);
}

} // namespace

QString backupsFolderFor(const QString &vaultPath)
{
    return QFileInfo(vaultPath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<void> keepBackup(const QString &vaultPath, const QByteArray &previousBytes, quint64 revision,
                        const QString &device)
{
    return keepCopyIn(backupsFolderFor(vaultPath), vaultPath, previousBytes, revision, device);
}

Result<void> keepCopyIn(const QString &folder, const QString &vaultPath, const QByteArray &previousBytes,
                        quint64 revision, const QString &device)
{
    if (!makePrivateFolder(folder))
        return fail(ErrorCode::IoFailure, folder);
    const QString base = QFileInfo(vaultPath).completeBaseName();
    const QString owner = device.isEmpty() ? QStringLiteral("local") : device.left(8);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = QDir(folder).filePath(
        QStringLiteral("%1-%2-%3-r%4.tessera").arg(base, stamp, owner).arg(revision, 8, 10, QLatin1Char('0')));
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        restrictToOwner(file);
    if (!opened || file.write(previousBytes) != previousBytes.size() || !file.commit())
        return tl::unexpected(writeFailure(path, file, previousBytes.size()));
    restrictPathToOwner(path);

    QDir dir(folder);
    const QStringList names = dir.entryList({base + QStringLiteral("-*.tessera")}, QDir::Files, QDir::Name);
    const QString prefix = QStringLiteral("^") + QRegularExpression::escape(base) + QStringLiteral("-\\d{8}-\\d{6}-\\d{3}-");
    prune(dir, names, QRegularExpression(prefix + QRegularExpression::escape(owner) + QStringLiteral("-r\\d+\\.tessera$")));
    prune(dir, names, QRegularExpression(prefix + QStringLiteral("r\\d+\\.tessera$")));
    return {};
}

Result<QString> moveIntoBackups(const QString &vaultPath, const QString &filePath)
{
    const QString folder = backupsFolderFor(vaultPath);
    if (!makePrivateFolder(folder))
        return fail(ErrorCode::IoFailure, folder);
    const QFileInfo info(filePath);
    QString target = QDir(folder).filePath(info.fileName());
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(QStringLiteral("%1.%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    if (!QFile::rename(filePath, target))
        return fail(ErrorCode::IoFailure, QStringLiteral("%1 (could not be moved into %2)").arg(filePath, folder));
    restrictPathToOwner(target);
    return target;
}

} // namespace tessera::vault
