#pragma once
// The open vault shared by the bridge's controllers: holds the VaultStore while unlocked, reloads it
// when another program (the CLI, a sync tool) changes the file, and wipes it on lock.

#include "common/error.h"
#include "vault/vault_store.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <memory>

namespace tessera::bridge {

class VaultSession : public QObject
{
    Q_OBJECT
public:
    explicit VaultSession(QString vaultPath, QObject *parent = nullptr);

    const QString &vaultPath() const { return m_path; }
    void setVaultPath(const QString &path);

    bool isOpen() const { return m_store != nullptr; }
    vault::VaultStore *store() const { return m_store.get(); }

    void open(std::unique_ptr<vault::VaultStore> store);
    void close(); // drops the master key and every opened value

    // Runs a change through the store and announces it; the error is returned for the caller to show.
    Result<void> apply(const std::function<Result<void>(vault::VaultStore &)> &change);

signals:
    void opened();
    void closed();
    void changed();
    void reloadFailed(const QString &message);
    void readAgain(); // the file on disk reads fine (again), changed or not

private:
    void watch();
    void onFileChanged();

    QString m_path;
    std::unique_ptr<vault::VaultStore> m_store;
    QFileSystemWatcher m_watcher;
};

} // namespace tessera::bridge
