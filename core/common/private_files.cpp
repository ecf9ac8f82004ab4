// The platform-neutral part: which paths to close; private_files_posix.cpp / _windows.cpp close them.
#include "common/private_files.h"

#include <QDir>
#include <QFileInfo>

namespace tessera {

bool makePrivateFolder(const QString &folder)
{
    QStringList missing; // from the deepest up
    for (QFileInfo at(QDir::cleanPath(QFileInfo(folder).absoluteFilePath())); !at.exists();
         at = QFileInfo(at.absolutePath())) {
        missing.prepend(at.absoluteFilePath());
        if (at.isRoot() || at.absolutePath() == at.absoluteFilePath())
            break;
    }
    for (const QString &path : std::as_const(missing))
        if (!QDir().mkdir(path) && !QFileInfo(path).isDir())
            return false;
        else if (!restrictPathToOwner(path))
            return false;
    return QFileInfo(folder).isDir();
}

void repairVaultModes(const QString &vaultPath)
{
    restrictPathToOwner(vaultPath);
    const QString backups = QFileInfo(vaultPath).absoluteDir().filePath(QStringLiteral("backups"));
    if (!QFileInfo(backups).isDir())
        return;
    restrictPathToOwner(backups);
    for (const QFileInfo &file : QDir(backups).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks))
        restrictPathToOwner(file.absoluteFilePath());
}

} // namespace tessera
