#pragma once
// An open vault file: it unlocks the file, keeps the master key in SecretBytes, and saves changes
// safely. Every change is a function applied under the file lock to the newest content on disk, so a
// save never overwrites a change it has not seen (another process, a sync tool). The file is written
// through QSaveFile (temporary file, fsync, atomic rename); the previous file goes to backups/.

#include "common/error.h"
#include "common/secret_bytes.h"
#include "crypto/kdf.h"
#include "vault/master_key_change.h"
#include "vault/secret_sealer.h"
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
    // back at once; its key slots never replace ours.
    Result<bool> reload();

    // This computer's id in the vault's history (session::deviceId): every save stamps what it changed
    // with it and the time (change_recorder.h). Empty until set: saves are then stamped without one.
    void setDevice(const QString &device) { m_device = device; }
    // The clock saves are stamped with; tests set their own.
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

private:
    VaultStore(QString path, SecretBytes masterKey);
    using HeaderChange = std::function<Result<void>(VaultHeader &, Vault &)>;
    Result<void> modify(const HeaderChange &change);
    // The same with the lock already held; with `newMasterKey` the file is written under that key, and
    // on success `newMasterKey` holds the key it replaced.
    Result<void> modifyLocked(const HeaderChange &change, SecretBytes *newMasterKey = nullptr);
    Result<bool> adoptIfChanged(const QByteArray &bytes);
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
};

} // namespace tessera::vault
