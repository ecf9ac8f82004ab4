#include "vault/sync_controller.h"

#include "app/services.h"
#include "app/text_secret.h"
#include "app/vault_session.h"
#include "common/error_text.h"
#include "session/second_backup.h"
#include "session/sync_copies.h"
#include "session/vault_access.h"

#include <QFileInfo>

namespace tessera::bridge {
namespace {

QString localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace

SyncController::SyncController(Services *services, QObject *parent)
    : Controller(parent), QmlSingleton(this), m_services(services)
{
    connect(services->session(), &VaultSession::copiesWaiting, this, &SyncController::waitingCopiesChanged);
    connect(services->session(), &VaultSession::closed, this, &SyncController::waitingCopiesChanged);
    connect(services->session(), &VaultSession::changed, this, &SyncController::secondBackupChanged);
}

QString SyncController::secondBackupFolder() const
{
    return session::secondBackupFolder();
}

QString SyncController::secondBackupProblem() const
{
    auto problem = m_services->session()->read(
        [](const vault::VaultStore &store) -> Result<QString> { return session::secondBackupProblem(store); });
    return problem ? *problem : QString();
}

void SyncController::setSecondBackupFolder(const QUrl &folder)
{
    const QString path = folder.isEmpty() ? QString() : localPath(folder);
    auto set = m_services->session()->apply(
        [&](vault::VaultStore &store) { return session::useSecondBackupFolder(store, path); });
    emit secondBackupChanged();
    if (!set)
        return setError(set.error());
    setStatus(path.isEmpty() ? tr("No more copies go to a second folder.")
                             : tr("After each change an encrypted copy of the vault also goes to %1.").arg(path));
}

QStringList SyncController::waitingCopies() const
{
    QStringList names;
    for (const QString &path : m_services->session()->waitingCopies())
        names << QFileInfo(path).fileName();
    return names;
}

void SyncController::mergeWaitingCopy(const QString &password)
{
    const QStringList waiting = m_services->session()->waitingCopies();
    if (waiting.isEmpty())
        return;
    if (password.isEmpty())
        return setError(tr("Type the password this copy was saved with."));
    const QString path = waiting.first();
    // The copy's key derivation runs here, on the GUI thread, as the store belongs to it: a second at
    // most, once, for a file the user asked to merge.
    auto merged = m_services->session()->apply(
        [&](vault::VaultStore &store) { return session::mergeCopyFile(store, path, secretFromText(password)); });
    if (!merged)
        return setError(merged.error());
    const QString arrived = session::arrivalsSentence(*merged);
    setStatus(arrived.isEmpty() ? tr("Merged %1: nothing new in it.").arg(QFileInfo(path).fileName()) : arrived);
    m_services->session()->recheckFolder();
}

void SyncController::restoreBackup(const QUrl &backup)
{
    const QString path = localPath(backup);
    auto restored = m_services->session()->apply(
        [&](vault::VaultStore &store) { return session::restoreBackup(store, path, std::nullopt); });
    if (!restored) {
        if (restored.error().code == ErrorCode::PasswordRequired)
            return setError(tr("This backup was saved under another password; restore it with 'tessera-cli restore "
                               "--copy-password-file'."));
        return setError(restored.error());
    }
    setStatus(tr("Restored %1: %2 account(s) back or added, %3 changed, %4 removed. The vault as it was is in "
                 "the backups.")
                  .arg(QFileInfo(path).fileName())
                  .arg(restored->added)
                  .arg(restored->changed)
                  .arg(restored->removed));
}

void SyncController::moveVault(const QUrl &folder)
{
    VaultSession *vaultSession = m_services->session();
    std::unique_ptr<vault::VaultStore> moved;
    auto result = vaultSession->apply([&](vault::VaultStore &store) -> Result<void> {
        auto store2 = session::moveVault(store, localPath(folder));
        if (!store2)
            return tl::unexpected(store2.error());
        moved = std::move(*store2);
        return {};
    });
    if (!result)
        return setError(result.error());
    const QString newPath = moved->path();
    vaultSession->setVaultPath(newPath);
    vaultSession->open(std::move(moved));
    setStatus(tr("The vault is now in %1.").arg(newPath));
}

} // namespace tessera::bridge
