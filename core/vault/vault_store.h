#pragma once
// An open vault file: it unlocks the file, keeps the master key in SecretBytes, and saves changes
// safely. Every change is a function applied under the file lock to the newest content on disk, so a
// save never overwrites a change it has not seen (another process, a sync tool). The file is written
// through QSaveFile (temporary file, fsync, atomic rename); the previous file goes to backups/.

#include "common/error.h"
#include "common/secret_bytes.h"
#include "crypto/kdf.h"
#include "vault/master_key_change.h"
#include "vault/merge_arrivals.h"
#include "vault/secret_sealer.h"
#include "vault/change_recorder.h"
#include "vault/vault.h"
#include "vault/vault_header.h"

#include <functional>
#include <memory>
#include <optional>

namespace tessera::vault {

class VaultStore
{
public:
    // Creates a new vault with one password slot; VaultExists when the path holds a file.
    static Result<std::unique_ptr<VaultStore>> create(const QString &path, const SecretBytes &password,
                                                      const crypto::Argon2Params &kdf);
    static Result<std::unique_ptr<VaultStore>> openWithPassword(const QString &path, const SecretBytes &password);
    static Result<std::unique_ptr<VaultStore>> openWithKeychainKey(const QString &path, const SecretBytes &slotKey);
    // Reads only the header (no key needed): which slots exist, the vault id.
    static Result<VaultHeader> readHeader(const QString &path);

    const QString &path() const { return m_path; }
    const Vault &vault() const { return m_vault; }
    const VaultHeader &header() const { return m_header; }
    const SecretSealer &sealer() const { return *m_sealer; }

    using Change = std::function<Result<void>(Vault &)>;
    // Locks, reloads if the file changed, applies `change`, saves. If `change` fails nothing is written.
    Result<void> update(const Change &change);

    // A password change (DESIGN.md §3): the master key is replaced by `key`, every secret and recovery
    // code sealed again, the slots become the new password's and, when `keychainSlotKey` is given, a
    // keychain slot for it; then every old copy is re-encrypted or removed (master_key_change.h). When
    // the vault cannot be saved nothing changes. session::changePassword is how users get here.
    Result<OldCopies> rekey(NewMasterKey key, const std::optional<SecretBytes> &keychainSlotKey);
    // Adds (or replaces) the keychain slot for this slot key; std::nullopt removes it.
    Result<void> setKeychainSlot(const std::optional<SecretBytes> &slotKey);

    // Re-reads the file if another process changed it. Returns whether anything changed. A file that
    // lacks saves this store has seen (an older copy put in place) is merged with ours and ours written
    // back at once; its key slots never replace ours. A file now under another master key (the password
    // was changed on another computer) is PasswordChangedElsewhere: it is never written over.
    Result<bool> reload();
    // What the last reload or mergeCopy brought in.
    const Arrivals &lastArrivals() const { return m_lastArrivals; }

    // Another copy of this vault (a sync engine's conflict copy, a backup, a file from another
    // computer) merged in and saved (vault_merge.h); our key slots and key derivation stay. A copy
    // under another password needs that `password` (PasswordRequired without one); it is sealed again
    // under our key. NotThisVault for another vault's file. A copy with nothing we lack writes nothing.
    Result<Arrivals> mergeCopy(const QString &copyPath, const std::optional<SecretBytes> &password = std::nullopt);
    // Another copy's accounts, sealed under our master key (opened with `password` when it was written
    // under another one): for merging, restoring and checking a moved vault.
    Result<Vault> readCopy(const QString &copyPath, const std::optional<SecretBytes> &password) const;
    // The same vault at another path (a verified copy), opened with this store's master key.
    static Result<std::unique_ptr<VaultStore>> openWithMasterKeyOf(const VaultStore &store, const QString &path);
    // A deliberate restore: the accounts become those of `copyPath` (a backup of this vault), saved as a
    // change made now, so every other computer takes it too instead of merging its newer state back.
    // Our key slots and key derivation stay.
    Result<Arrivals> restoreFrom(const QString &copyPath, const std::optional<SecretBytes> &password = std::nullopt);

    // Rollbacks across runs (docs/SECURITY.md, "Several computers"): `seen` is the highest history this
    // computer has seen of this vault (session/seen_history.h). Under Rollback::Refuse (the CLI) no save
    // is written over a file that lacks saves in it: VaultRolledBack. Under Rollback::MergeBack (the
    // GUI, which holds the newer state in memory while open) the file is merged and written back.
    enum class Rollback { MergeBack, Refuse };
    void guardAgainstRollback(const QMap<QString, quint64> &seen, Rollback rule);
    // The highest history seen: what was given, joined with every copy read or written since.
    const QMap<QString, quint64> &seenHistory() const { return m_seen; }
    // Whether the open vault lacks saves this computer saw before (an older copy was put in place).
    bool lacksSeenSaves() const;
    // Called with the vault id and seenHistory() whenever it grows, to remember it across runs.
    void setSeenHistoryKeeper(std::function<void(const QByteArray &, const QMap<QString, quint64> &)> keeper)
    {
        m_keepSeen = std::move(keeper);
    }

    // This computer's id in the vault's history (session::deviceId): every save stamps what it changed
    // with it and the time (change_recorder.h). Empty until set: saves are then stamped without one.
    void setDevice(const QString &device) { m_device = device; }
    // A second backup folder (a USB stick, another sync folder): after each save an encrypted copy of the
    // new file goes there too, this computer's newest ten kept. A folder that cannot be written (the
    // stick unplugged) never fails the save; secondBackupProblem() says why the last copy was not made.
    void setSecondBackupFolder(const QString &folder) { m_secondBackupFolder = folder; }
    const std::optional<Error> &secondBackupProblem() const { return m_secondBackupProblem; }
    // The clock saves are stamped with; tests set their own.
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

private:
    friend class QuickUnlock; // seals the master key for a PIN, and opens with it again
    VaultStore(QString path, SecretBytes masterKey);
    using HeaderChange = std::function<Result<void>(VaultHeader &, Vault &)>;
    Result<void> modify(const HeaderChange &change);
    // The same with the lock already held; with `newMasterKey` the file is written under that key, and
    // on success `newMasterKey` holds the key it replaced.
    // With `incoming`, that copy is merged in first and the merge is not stamped as this computer's.
    Result<void> modifyLocked(const HeaderChange &change, SecretBytes *newMasterKey = nullptr,
                              const Vault *incoming = nullptr, SaveKind kind = SaveKind::Change);
    Result<bool> adoptIfChanged(const QByteArray &bytes);
    void see(const QMap<QString, quint64> &history);
    // The app, told the file it opened is older than one seen here, saves on from it: its history then
    // counts what was seen, so the CLI does not refuse that vault for ever (the content still merges by
    // stamps if the newer copy comes back).
    void acknowledgeSeen(Vault &vault) const;
    Result<void> write(const QByteArray &previousBytes);
    static Result<std::unique_ptr<VaultStore>> open(const QString &path,
                                                    const std::function<Result<SecretBytes>(const VaultHeader &)> &unlock);

    QString m_path;
    SecretBytes m_masterKey;
    std::unique_ptr<SecretSealer> m_sealer;
    VaultHeader m_header;
    Vault m_vault;
    QByteArray m_diskChecksum; // checksum of the file as last read or written
    QString m_device;
    std::function<qint64()> m_nowMs;
    bool m_writeBack = false; // the file on disk lacks saves we hold: the next save must write them
    Arrivals m_lastArrivals;
    QString m_secondBackupFolder;
    std::optional<Error> m_secondBackupProblem;
    // The password slots this store replaced (rekey): a file still under one is an older copy put back,
    // not a password changed elsewhere, and ours is written over it.
    QList<QByteArray> m_retiredPasswordSalts;
    QMap<QString, quint64> m_seen;
    Rollback m_rollback = Rollback::MergeBack;
    std::function<void(const QByteArray &, const QMap<QString, quint64> &)> m_keepSeen;
};

} // namespace tessera::vault
