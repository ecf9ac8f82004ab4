#include "vault/vault_store.h"

#include "common/private_files.h"
#include "common/write_failure.h"

#include "crypto/random.h"
#include "vault/backup_rotation.h"
#include "vault/change_recorder.h"
#include "vault/vault_file.h"
#include "vault/vault_lock.h"
#include "vault/vault_merge.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tessera::vault {
namespace {

Result<void> noHeaderChange(VaultHeader &, Vault &)
{
    return {};
}

// The password slot's salt and wrapped key: they change exactly when the password does.
std::pair<QByteArray, QByteArray> passwordSlot(const VaultHeader &header)
{
    for (const KeySlot &slot : header.keySlots)
        if (slot.type == SlotType::Password)
            return {slot.salt, slot.wrappedKey};
    return {};
}

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
    store->m_seen = store->m_vault.history;
    return store;
}

Result<std::unique_ptr<VaultStore>> VaultStore::openWithMasterKeyOf(const VaultStore &store, const QString &path)
{
    return open(path, [&](const VaultHeader &header) -> Result<SecretBytes> {
        if (header.vaultId != store.m_header.vaultId)
            return fail(ErrorCode::NotThisVault, path);
        return SecretBytes::copyOf(store.m_masterKey.bytes());
    });
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
    if (!vault) {
        // Not our key: the password was changed on another computer (a new master key, new slots).
        // Writing ours over it would undo that change; the user is asked for the new password instead.
        if (m_retiredPasswordSalts.contains(passwordSlot(parsed->header).first)) {
            m_diskChecksum = crypto::checksum(bytes); // an older copy under a password we replaced
            m_writeBack = true;
            return false;
        }
        if (passwordSlot(parsed->header) != passwordSlot(m_header))
            return fail(ErrorCode::PasswordChangedElsewhere, m_path);
        return tl::unexpected(vault.error());
    }
    m_diskChecksum = crypto::checksum(bytes);
    const bool theirsNew = hasUnseenSaves(m_vault.history, vault->history);
    const bool oursNew = hasUnseenSaves(vault->history, m_vault.history);
    if (!oursNew) {
        // Newer than what we hold, or the same saves written again: taken as it is.
        m_lastArrivals += arrivalsBetween(m_vault, *vault);
        m_header = parsed->header;
        m_vault = std::move(*vault);
    } else {
        // The file lacks saves this store has seen: an older copy put in place (a restored backup, a
        // stale sync) or one changed apart from ours. It is never taken as it is: what it has that we
        // lack is merged into ours, its key slots and key derivation never replace ours, and the result
        // is written back (by the next save, or by reload() at once).
        Vault merged = mergeVaults(m_vault, *vault);
        m_lastArrivals += arrivalsBetween(m_vault, merged);
        m_vault = std::move(merged);
        m_writeBack = true;
    }
    see(m_vault.history);
    return !oursNew || theirsNew;
}

Result<bool> VaultStore::reload()
{
    m_lastArrivals = {};
    auto bytes = readFile(m_path, Missing::IsEmpty);
    if (!bytes)
        return tl::unexpected(bytes.error());
    auto changed = adoptIfChanged(*bytes);
    if (changed.has_value() && m_writeBack) { // also when nothing new came: ours must go back
        VaultLock lock(m_path);
        if (auto locked = lock.acquire(); !locked)
            return tl::unexpected(locked.error());
        if (auto written = modifyLocked(noHeaderChange, nullptr, nullptr, SaveKind::MergeOnly); !written)
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

Result<void> VaultStore::modifyLocked(const HeaderChange &change, SecretBytes *newMasterKey, const Vault *incoming,
                                      SaveKind kind)
{
    auto bytes = readFile(m_path, Missing::IsEmpty); // a deleted file is written anew, nothing lost
    if (!bytes)
        return tl::unexpected(bytes.error());
    if (auto adopted = adoptIfChanged(*bytes); !adopted)
        return tl::unexpected(adopted.error());
    if (incoming && kind == SaveKind::MergeOnly && !m_writeBack && !incoming->history.isEmpty() &&
        !hasUnseenSaves(m_vault.history, incoming->history))
        return {}; // the copy holds nothing we lack: nothing to write
    // Work on copies so a failed change or write leaves the open vault as it is on disk.
    const Vault before = incoming ? mergeVaults(m_vault, *incoming) : m_vault;
    if (m_rollback == Rollback::Refuse && hasUnseenSaves(before.history, m_seen))
        return fail(ErrorCode::VaultRolledBack, m_path);
    if (incoming)
        m_lastArrivals += arrivalsBetween(m_vault, before);
    VaultHeader header = m_header;
    Vault vault = before;
    if (auto changed = change(header, vault); !changed)
        return changed;
    if (m_rollback == Rollback::MergeBack && kind == SaveKind::Change)
        acknowledgeSeen(vault);
    const qint64 nowMs = m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
    recordChanges(before, vault, {nowMs, m_device}, kind);
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
    see(m_vault.history);
    return {};
}

void VaultStore::guardAgainstRollback(const QMap<QString, quint64> &seen, Rollback rule)
{
    m_rollback = rule;
    see(seen);
    if (m_keepSeen && hasUnseenSaves(seen, m_seen)) // the file itself is newer than what was remembered
        m_keepSeen(m_header.vaultId, m_seen);
}

void VaultStore::acknowledgeSeen(Vault &vault) const
{
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it)
        vault.history[it.key()] = std::max(vault.history.value(it.key()), it.value());
}

bool VaultStore::lacksSeenSaves() const
{
    return hasUnseenSaves(m_vault.history, m_seen);
}

void VaultStore::see(const QMap<QString, quint64> &history)
{
    if (!hasUnseenSaves(m_seen, history))
        return;
    for (auto it = history.cbegin(); it != history.cend(); ++it)
        m_seen[it.key()] = std::max(m_seen.value(it.key()), it.value());
    if (m_keepSeen)
        m_keepSeen(m_header.vaultId, m_seen);
}

Result<void> VaultStore::update(const Change &change)
{
    return modify([&](VaultHeader &, Vault &vault) { return change(vault); });
}

Result<void> VaultStore::write(const QByteArray &previousBytes)
{
    if (!previousBytes.isEmpty())
        if (auto kept = keepBackup(m_path, previousBytes, m_header.revision, m_device); !kept) {
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
    if (!m_secondBackupFolder.isEmpty()) {
        auto copied = keepCopyIn(m_secondBackupFolder, m_path, bytes, m_header.revision, m_device);
        m_secondBackupProblem = copied ? std::nullopt : std::optional<Error>(copied.error());
    }
    return {};
}

Result<OldCopies> VaultStore::rekey(NewMasterKey key, const std::optional<SecretBytes> &keychainSlotKey)
{
    VaultLock lock(m_path); // held until the old copies are done, so no save adds one under the old key
    if (auto locked = lock.acquire(); !locked)
        return tl::unexpected(locked.error());
    SecretBytes masterKey = std::move(key.masterKey);
    const QByteArray retiring = passwordSlot(m_header).first;
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
    m_retiredPasswordSalts.append(retiring);
    // `masterKey` now holds the old key; the file written just now went to backups/ under it too.
    return reencryptOldCopies(m_path, m_header.vaultId, masterKey, m_masterKey, m_header.keySlots, m_secondBackupFolder);
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
