#include "session/vault_location.h"

#include "session/app_settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tessera::session {
namespace {

const QString kMovedVaultKey = QStringLiteral("vault/path");

} // namespace

QString defaultVaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("tessera/vault.tessera"));
}

QString resolveVaultPath(const QString &vaultOption)
{
    if (!vaultOption.isEmpty())
        return vaultOption;
    const QString fromEnvironment = qEnvironmentVariable("TESSERA_VAULT");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString moved = openAppSettings()->value(kMovedVaultKey).toString();
    return moved.isEmpty() ? defaultVaultPath() : moved;
}

QString localChannelKey(const QString &vaultPath)
{
    return QDir::homePath() + u'\n' + QFileInfo(vaultPath).absoluteFilePath();
}

void rememberVaultPath(const QString &path)
{
    const auto settings = openAppSettings();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == QFileInfo(defaultVaultPath()).absoluteFilePath())
        settings->remove(kMovedVaultKey);
    else
        settings->setValue(kMovedVaultKey, absolute);
    settings->sync();
}

} // namespace tessera::session
