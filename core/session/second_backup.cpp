#include "session/second_backup.h"

#include "session/app_settings.h"
#include "session/device_identity.h"
#include "vault/backup_rotation.h"

#include "common/error_text.h"

#include <QFile>
#include <QFileInfo>

namespace tessera::session {
namespace {

const QString kKey = QStringLiteral("backup/secondFolder");

} // namespace

QString secondBackupFolder()
{
    return openAppSettings()->value(kKey).toString();
}

Result<void> useSecondBackupFolder(vault::VaultStore &store, const QString &folder)
{
    const QString absolute = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    if (!absolute.isEmpty()) {
        QFile file(store.path());
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::IoFailure, QStringLiteral("%1 (%2)").arg(store.path(), file.errorString()));
        if (auto copied = vault::keepCopyIn(absolute, store.path(), file.readAll(), store.header().revision, deviceId()); !copied)
            return copied;
    }
    const auto settings = openAppSettings();
    if (absolute.isEmpty())
        settings->remove(kKey);
    else
        settings->setValue(kKey, absolute);
    settings->sync();
    store.setSecondBackupFolder(absolute);
    return {};
}

} // namespace tessera::session

namespace tessera::session {

QString secondBackupProblem(const vault::VaultStore &store)
{
    const auto &problem = store.secondBackupProblem();
    return problem ? errorText(*problem) : QString();
}

} // namespace tessera::session
