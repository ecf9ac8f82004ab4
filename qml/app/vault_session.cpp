#include "app/vault_session.h"

#include "common/error_text.h"
#include "common/heap_trim.h"
#include "session/sync_copies.h"

#include <QFileInfo>

namespace tessera::bridge {

VaultSession::VaultSession(QString vaultPath, QObject *parent) : QObject(parent), m_path(std::move(vaultPath))
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &VaultSession::onFileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &VaultSession::onFileChanged);
}

void VaultSession::setVaultPath(const QString &path)
{
    close();
    m_path = path;
}

void VaultSession::open(std::unique_ptr<vault::VaultStore> store)
{
    m_store = std::move(store);
    watch();
    emit opened();
    if (m_store->lacksSeenSaves())
        emit olderThanSeen();
    mergeCopiesBeside({});
    // The unlock parsed the whole payload on a worker; what that freed is returned, not kept all day.
    returnFreeHeapToSystem();
}

void VaultSession::close()
{
    m_lent = false;
    if (!m_store)
        return;
    m_store.reset();
    m_waitingCopies.clear();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    emit closed();
}

void VaultSession::afterChange()
{
    watch(); // an atomic rename replaces the file: the watch must follow the new one
    emit changed();
}

void VaultSession::lend()
{
    m_lent = true;
}

void VaultSession::giveBack(std::unique_ptr<vault::VaultStore> replacement)
{
    m_lent = false;
    if (!m_store)
        return; // locked meanwhile: the replacement is dropped with its key
    if (replacement)
        m_store = std::move(replacement);
    afterChange();
}

void VaultSession::watch()
{
    // The folder is watched too: saving by rename makes the old file's watch go stale.
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
}

void VaultSession::onFileChanged()
{
    if (!m_store || m_lent)
        return;
    auto reloaded = m_store->reload();
    watch();
    if (!reloaded) {
        if (reloaded.error().code == ErrorCode::PasswordChangedElsewhere) {
            close(); // never written over; the user unlocks with the new password
            emit passwordChangedElsewhere();
            return;
        }
        emit reloadFailed(errorText(reloaded.error()));
        return;
    }
    emit readAgain();
    if (*reloaded) {
        emit changed();
        returnFreeHeapToSystem();
    }
    mergeCopiesBeside(m_store->lastArrivals());
}

void VaultSession::mergeCopiesBeside(vault::Arrivals alreadyArrived)
{
    const session::CopiesMerged copies = session::mergeConflictCopies(*m_store);
    vault::Arrivals arrivals = alreadyArrived;
    arrivals += copies.arrivals;
    if (!copies.arrivals.isEmpty()) {
        watch();
        emit changed();
    }
    if (!arrivals.isEmpty())
        emit arrived(arrivals.added, arrivals.changed, arrivals.removed);
    QStringList waiting;
    for (const vault::ConflictCopy &copy : copies.needPassword)
        waiting << copy.path;
    if (waiting != m_waitingCopies) {
        m_waitingCopies = waiting;
        emit copiesWaiting(waiting);
    }
    if (!copies.problems.isEmpty())
        emit copiesNotMerged(copies.problems.join(QLatin1Char(' ')));
}

} // namespace tessera::bridge
