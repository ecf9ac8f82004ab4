#include "vault/vault_store.h"

#include "common/private_files.h"
#include "common/write_failure.h"

#include "crypto/random.h"
#include "vault/backup_rotation.h"
#include "vault/change_recorder.h"
#include "vault/vault_file.h"
#include "vault/vault_merge.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

namespace tessera::vault {
namespace {

constexpr int kLockWaitMs = 10000;
constexpr int kStaleLockMs = 30000;
constexpr int kLockPollMs = 50;
// A live QLockFile writes who holds it microseconds after creating the file, so an empty or
// unreadable lock file this old was left by a process killed in between.
constexpr int kNamelessLockMs = 1000;

// Holds the vault's lock file for one read-modify-write. Readers need no lock: writes are atomic.
class VaultLock
{
public:
    explicit VaultLock(const QString &vaultPath) : m_vaultPath(vaultPath), m_lock(vaultPath + QStringLiteral(".lock"))
    {
        m_lock.setStaleLockTime(kStaleLockMs);
    }
    // Busy only when another program holds the lock; a folder that cannot take the lock file is
    // read-only or full, and the user is told which.
    Result<void> acquire()
    {
        QDeadlineTimer deadline(kLockWaitMs);
        for (;;) {
            if (m_lock.tryLock())
                return {};
            if (m_lock.error() != QLockFile::LockFailedError || deadline.hasExpired())
                return failure();
            // QLockFile would wait staleLockTime (30 s) before taking over a lock file that names no
            // process; removeStaleLockFile() still refuses while a live process holds its native lock.
            if (namesNoHolder() && m_lock.removeStaleLockFile())
                continue;
            if (m_lock.tryLock(kLockPollMs))
                return {};
        }
    }

private:
    bool namesNoHolder() const
    {
        qint64 pid = 0;
        QString host;
        QString app;
        return !m_lock.getLockInfo(&pid, &host, &app) &&
               QFileInfo(m_lock.fileName()).lastModified().msecsTo(QDateTime::currentDateTime()) > kNamelessLockMs;
    }

    Result<void> failure() const
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

    QString m_vaultPath;
    QLockFile m_lock;
};

enum class Missing { IsError, IsEmpty };

Result<QByteArray> readFile(const QString &path, Missing missing)
{
    QFile file(path);
    if (!file.exists())
        return missing == Missing::IsEmpty ? Result<QByteArray>(QByteArray()) : fail(ErrorCode::VaultNotFound, path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoFailure, QStringLiteral("%1 (%2)").arg(path, file.errorString()));
    if (file.size() > kMaxVaultFileSize)
        return fail(ErrorCode::Corrupted, QStringLiteral("the file is larger than 256 MiB"));
    return file.readAll();
}

struct ReadVault
{
    QByteArray bytes;
    ParsedVaultFile parsed;
};

Result<ReadVault> readAndParse(const QString &path)
{
    auto bytes = readFile(path, Missing::IsError);
    if (!bytes)
        return tl::unexpected(bytes.error());
    auto parsed = parseVaultFile(*bytes);
    if (!parsed)
        return tl::unexpected(parsed.error());
    return ReadVault{std::move(*bytes), std::move(*parsed)};
}

} // namespace

VaultStore::VaultStore(QString path, SecretBytes masterKey)
    : m_path(std::move(path)), m_masterKey(std::move(masterKey)), m_sealer(std::make_unique<SecretSealer>(m_masterKey))
{
}

Result<std::unique_ptr<VaultStore>> VaultStore::create(const QString &path, const SecretBytes &password,
                                                       const crypto::Argon2Params &kdf)
{
    if (QFileInfo::exists(path))
        return fail(ErrorCode::VaultExists, path);
    std::unique_ptr<VaultStore> store(new VaultStore(path, crypto::randomSecret(kMasterKeySize)));
    store->m_header.vaultId = crypto::randomBytes(kVaultIdSize);
    auto slot = makePasswordSlot(store->m_masterKey, store->m_header.vaultId, password, kdf);
    if (!slot)
        return tl::unexpected(slot.error());
    store->m_header.keySlots = {*slot};
    if (!makePrivateFolder(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::IoFailure, QFileInfo(path).absolutePath());
    VaultLock lock(path);
    if (auto locked = lock.acquire(); !locked)
        return tl::unexpected(locked.error());
    if (QFileInfo::exists(path)) // created by someone else while we derived the key
        return fail(ErrorCode::VaultExists, path);
    if (auto written = store->write({}); !written)
        return tl::unexpected(written.error());
    return store;
}

Result<VaultHeader> VaultStore::readHeader(const QString &path)
{
    return readAndParse(path).map([](const ReadVault &read) { return read.parsed.header; });
}

Result<std::unique_ptr<VaultStore>> VaultStore::open(
    const QString &path, const std::function<Result<SecretBytes>(const VaultHeader &)> &unlock)
{
    auto read = readAndParse(path);
    if (!read)
        return tl::unexpected(read.error());
    const ParsedVaultFile &parsed = read->parsed;
    auto masterKey = unlock(parsed.header);
    if (!masterKey)
        return tl::unexpected(masterKey.error());
    auto vault = decryptPayload(parsed, *masterKey);
    if (!vault)
        return tl::unexpected(vault.error());
    repairVaultModes(path); // an older Tessera, a copy or a sync tool may have left them open to others
    std::unique_ptr<VaultStore> store(new VaultStore(path, std::move(*masterKey)));
    store->m_header = parsed.header;
    store->m_vault = std::move(*vault);
    store->m_diskChecksum = crypto::checksum(read->bytes);
    return store;
}

Result<std::unique_ptr<VaultStore>> VaultStore::openWithPassword(const QString &path, const SecretBytes &password)
{
    return open(path, [&](const VaultHeader &header) { return unlockWithPassword(header, password); });
}

Result<std::unique_ptr<VaultStore>> VaultStore::openWithKeychainKey(const QString &path, const SecretBytes &slotKey)
{
    return open(path, [&](const VaultHeader &header) { return unlockWithKeychainKey(header, slotKey); });
}

Result<bool> VaultStore::adoptIfChanged(const QByteArray &bytes)
{
    if (bytes.isEmpty() || crypto::checksum(bytes) == m_diskChecksum)
        return false;
    auto parsed = parseVaultFile(bytes);
    if (!parsed)
        return tl::unexpected(parsed.error());
    if (parsed->header.vaultId != m_header.vaultId)
        return fail(ErrorCode::VaultReplaced, m_path);
    auto vault = decryptPayload(*parsed, m_masterKey);
    if (!vault)
        return tl::unexpected(vault.error());
    m_diskChecksum = crypto::checksum(bytes);
    const bool theirsNew = hasUnseenSaves(m_vault.history, vault->history);
    const bool oursNew = hasUnseenSaves(vault->history, m_vault.history);
    if (!oursNew) {
        // Newer than what we hold, or the same saves written again: taken as it is.
        m_header = parsed->header;
        m_vault = std::move(*vault);
        return true;
    }
    // The file lacks saves this store has seen: an older copy put in place (a restored backup, a stale
    // sync) or one changed apart from ours. It is never taken as it is: what it has that we lack is
    // merged into ours, its key slots and key derivation never replace ours, and the result is written
    // back (by the next save, or by reload() at once).
    m_vault = mergeVaults(m_vault, *vault);
    m_writeBack = true;
    return theirsNew;
}

Result<bool> VaultStore::reload()
{
    auto bytes = readFile(m_path, Missing::IsEmpty);
    if (!bytes)
        return tl::unexpected(bytes.error());
    auto changed = adoptIfChanged(*bytes);
    if (changed.has_value() && m_writeBack) { // also when nothing new came: ours must go back
        if (auto written = modify([](VaultHeader &, Vault &) -> Result<void> { return {}; }); !written)
            return tl::unexpected(written.error());
    }
    return changed;
}

Result<void> VaultStore::modify(const HeaderChange &change)
{
    VaultLock lock(m_path);
    if (auto locked = lock.acquire(); !locked)
        return tl::unexpected(locked.error());
    return modifyLocked(change);
}

Result<void> VaultStore::modifyLocked(const HeaderChange &change, SecretBytes *newMasterKey)
{
    auto bytes = readFile(m_path, Missing::IsEmpty); // a deleted file is written anew, nothing lost
    if (!bytes)
        return tl::unexpected(bytes.error());
    if (auto adopted = adoptIfChanged(*bytes); !adopted)
        return tl::unexpected(adopted.error());
    // Work on copies so a failed change or write leaves the open vault as it is on disk.
    VaultHeader header = m_header;
    Vault vault = m_vault;
    if (auto changed = change(header, vault); !changed)
        return changed;
    const qint64 nowMs = m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
    recordChanges(m_vault, vault, {nowMs, m_device});
    std::swap(header, m_header);
    std::swap(vault, m_vault);
    const auto swapKeys = [&] {
        if (newMasterKey) {
            std::swap(*newMasterKey, m_masterKey);
            m_sealer = std::make_unique<SecretSealer>(m_masterKey);
        }
    };
    swapKeys();
    if (auto written = write(*bytes); !written) {
        swapKeys(); // back to the key the file on disk still has
        m_header = std::move(header);
        m_vault = std::move(vault);
        return written;
    }
    m_writeBack = false;
    return {};
}

Result<void> VaultStore::update(const Change &change)
{
    return modify([&](VaultHeader &, Vault &vault) { return change(vault); });
}

Result<void> VaultStore::write(const QByteArray &previousBytes)
{
    if (!previousBytes.isEmpty())
        if (auto kept = keepBackup(m_path, previousBytes, m_header.revision); !kept) {
            if (kept.error().code == ErrorCode::DiskFull) // the user saved the vault, not a backup
                return fail(ErrorCode::DiskFull, m_path);
            return kept;
        }
    ++m_header.revision;
    const QByteArray bytes = encodeVaultFile(m_header, m_vault, m_masterKey);
    QSaveFile file(m_path);
    file.setDirectWriteFallback(false); // never write in place: the old file must survive a failure
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        restrictToOwner(file); // before the first byte, whatever the umask
    if (!opened || file.write(bytes) != bytes.size() || !file.commit()) {
        --m_header.revision;
        return tl::unexpected(writeFailure(m_path, file, bytes.size()));
    }
    restrictPathToOwner(m_path);
    m_diskChecksum = crypto::checksum(bytes);
    return {};
}

Result<OldCopies> VaultStore::rekey(NewMasterKey key, const std::optional<SecretBytes> &keychainSlotKey)
{
    VaultLock lock(m_path); // held until the old copies are done, so no save adds one under the old key
    if (auto locked = lock.acquire(); !locked)
        return tl::unexpected(locked.error());
    SecretBytes masterKey = std::move(key.masterKey);
    auto changed = modifyLocked(
        [&](VaultHeader &header, Vault &vault) -> Result<void> {
            if (auto resealed = resealAll(vault, m_masterKey, masterKey); !resealed)
                return resealed;
            header.keySlots = {key.passwordSlot};
            if (keychainSlotKey)
                header.keySlots.append(makeKeychainSlot(masterKey, header.vaultId, *keychainSlotKey));
            return {};
        },
        &masterKey);
    if (!changed)
        return tl::unexpected(changed.error());
    // `masterKey` now holds the old key; the file written just now went to backups/ under it too.
    return reencryptOldCopies(m_path, m_header.vaultId, masterKey, m_masterKey, m_header.keySlots);
}

Result<void> VaultStore::setKeychainSlot(const std::optional<SecretBytes> &slotKey)
{
    return modify([&](VaultHeader &header, Vault &) -> Result<void> {
        header.keySlots.removeIf([](const KeySlot &s) { return s.type == SlotType::Keychain; });
        if (slotKey)
            header.keySlots.append(makeKeychainSlot(m_masterKey, header.vaultId, *slotKey));
        return {};
    });
}

} // namespace tessera::vault
