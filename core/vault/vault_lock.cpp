#include "vault/vault_lock.h"

#include "common/write_failure.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSysInfo>

namespace tessera::vault {
namespace {

constexpr int kLockWaitMs = 10000;
constexpr int kStaleLockMs = 30000;
constexpr int kLockPollMs = 50;
// A live QLockFile writes who holds it microseconds after creating the file, so an empty or
// unreadable lock file this old was left by a process killed in between.
constexpr int kNamelessLockMs = 1000;

} // namespace

VaultLock::VaultLock(const QString &vaultPath) : m_vaultPath(vaultPath), m_lock(lockFileFor(vaultPath))
{
    m_lock.setStaleLockTime(kStaleLockMs);
}

QString VaultLock::lockFileFor(const QString &vaultPath)
{
    return vaultPath + QStringLiteral(".lock");
}

Result<void> VaultLock::acquire()
{
    QDeadlineTimer deadline(kLockWaitMs);
    for (;;) {
        if (m_lock.tryLock())
            return {};
        if (m_lock.error() != QLockFile::LockFailedError || deadline.hasExpired())
            return failure();
        // QLockFile would wait staleLockTime (30 s) before taking over a lock file that names no process
        // or another computer's; removeStaleLockFile() still refuses while a live process here holds
        // its native lock.
        if (heldByNoOneHere(m_lock) && m_lock.removeStaleLockFile())
            continue;
        // Qt takes a dead program's lock over under a second lock file, "<lock>.rmlock". A program killed
        // just after creating that one leaves it empty, and Qt would wait its 30 s before taking either.
        QLockFile takeover(m_lock.fileName() + QStringLiteral(".rmlock"));
        if (QFileInfo::exists(takeover.fileName()) && heldByNoOneHere(takeover) && takeover.removeStaleLockFile())
            continue;
        if (m_lock.tryLock(kLockPollMs))
            return {};
    }
}

bool VaultLock::heldByNoOneHere(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.getLockInfo(&pid, &host, &app))
        return !host.isEmpty() && host != QSysInfo::machineHostName(); // synced from another computer
    return QFileInfo(lock.fileName()).lastModified().msecsTo(QDateTime::currentDateTime()) > kNamelessLockMs;
}

Result<void> VaultLock::failure() const
{
    switch (m_lock.error()) {
    case QLockFile::LockFailedError:
        return fail(ErrorCode::VaultBusy, m_vaultPath);
    case QLockFile::PermissionError:
        return fail(ErrorCode::FolderReadOnly, QFileInfo(m_vaultPath).absolutePath());
    default:
        return tl::unexpected(writeFailure(m_vaultPath, QStringLiteral("its lock file: %1").arg(m_lock.error()), 1));
    }
}

} // namespace tessera::vault
