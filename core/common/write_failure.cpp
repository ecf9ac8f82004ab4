#include "common/write_failure.h"

#include <QFileDevice>
#include <QFileInfo>
#include <QStorageInfo>

namespace tessera {

Error writeFailure(const QString &path, const QFileDevice &file, qint64 bytesWanted)
{
    return writeFailure(path, file.errorString(), bytesWanted);
}

Error writeFailure(const QString &path, const QString &systemReason, qint64 bytesWanted)
{
    // Asked after the failure: the write was refused, and the space it needed is not there. A file
    // system that cannot say how much room it has (bytesAvailable -1) never counts as full.
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < bytesWanted + 64 * 1024)
        return Error{ErrorCode::DiskFull, path};
    return Error{ErrorCode::IoFailure, QStringLiteral("%1 (%2)").arg(path, systemReason)};
}

} // namespace tessera
