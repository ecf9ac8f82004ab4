#pragma once
// The open vault shared by the controllers: holds the VaultStore while unlocked, reloads it when
// another program (the CLI, a sync tool) changes the file, merging what another computer changed, and
// wipes it on lock. This is the only
// QML-side code that touches the store (tests/architecture/check_layers.sh): controllers read through
// vault() and read(), and change the vault only by handing a core/session call to apply().

#include "common/error.h"
#include "vault/vault_store.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <memory>
#include <type_traits>

namespace tessera::bridge {

class VaultSession : public QObject
{
    Q_OBJECT
public:
    explicit VaultSession(QString vaultPath, QObject *parent = nullptr);

    const QString &vaultPath() const { return m_path; }
    void setVaultPath(const QString &path);

    bool isOpen() const { return m_store != nullptr; }
    // The accounts as they are now; nullptr while locked.
    const vault::Vault *vault() const { return m_store ? &m_store->vault() : nullptr; }
    const vault::Account *find(const QUuid &id) const { return m_store ? m_store->vault().find(id) : nullptr; }

    void open(std::unique_ptr<vault::VaultStore> store);
    void close(); // drops the master key and every opened value

    // Runs a read-only core/session call on the open store: `Result<T> read(const VaultStore &)`.
    template <typename Read>
    auto read(Read &&call) const -> decltype(call(std::declval<const vault::VaultStore &>()))
    {
        if (!m_store)
            return tl::unexpected(Error{ErrorCode::PasswordRequired});
        return call(std::as_const(*m_store));
    }
    // Runs a core/session change on the open store and announces it: `Result<T> change(VaultStore &)`.
    // While the store is lent out (a password change), nothing may change it: VaultBeingRekeyed.
    template <typename Change>
    auto apply(Change &&change) -> decltype(change(std::declval<vault::VaultStore &>()))
    {
        if (!m_store)
            return tl::unexpected(Error{ErrorCode::PasswordRequired});
        if (m_lent)
            return tl::unexpected(Error{ErrorCode::VaultBeingRekeyed});
        auto result = change(*m_store);
        afterChange();
        return result;
    }

    // For work that must own a store on another thread (a password change writes the file under a new
    // key): until giveBack, changes are refused and the file's changes are not read. giveBack takes the
    // store that now matches the file, or nullptr when the work failed and the file is as it was.
    void lend();
    void giveBack(std::unique_ptr<vault::VaultStore> replacement);
    bool isLent() const { return m_lent; }
    // Looks at the folder again (after a copy was merged by hand).
    void recheckFolder() { if (m_store) mergeCopiesBeside({}); }
    // Conflict copies that wait for their password (copiesWaiting).
    const QStringList &waitingCopies() const { return m_waitingCopies; }

signals:
    void opened();
    void closed();
    void changed();
    void reloadFailed(const QString &message);
    void readAgain(); // the file on disk reads fine (again), changed or not
    // What came from another computer (a merged copy, a synced file): accounts added, changed, removed.
    void arrived(int added, int changed, int removed);
    // Copies a sync tool left beside the vault that could not be merged, and why.
    void copiesNotMerged(const QString &why);
    // Conflict copies beside the vault that were saved under another password: they wait for the user.
    void copiesWaiting(const QStringList &paths);
    // The file is now under another password, changed on another computer: the vault was locked.
    void passwordChangedElsewhere();
    // The file opened lacks saves this computer saw before (an older copy was put in place).
    void olderThanSeen();

private:
    void afterChange();
    void watch();
    void onFileChanged();
    // Merges the sync engines' conflict copies beside the vault and says what came.
    void mergeCopiesBeside(vault::Arrivals alreadyArrived); // by value: the store's own changes as it merges

    QString m_path;
    std::unique_ptr<vault::VaultStore> m_store;
    QFileSystemWatcher m_watcher;
    bool m_lent = false;
    QStringList m_waitingCopies;
};

} // namespace tessera::bridge
