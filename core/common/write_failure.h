#pragma once
// What went wrong when a file could not be written. A full disk is told apart from other failures:
// the system's words for it ("No space left on device") do not say what the user can do, and it is
// the one failure people fix themselves by freeing space.

#include "common/error.h"

class QFileDevice;

namespace tessera {

// DiskFull (detail: the path) when the folder's file system has less room left than the write
// needed, else IoFailure (detail: the path and the system's reason).
Error writeFailure(const QString &path, const QFileDevice &file, qint64 bytesWanted);
Error writeFailure(const QString &path, const QString &systemReason, qint64 bytesWanted);

} // namespace tessera
