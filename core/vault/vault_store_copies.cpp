// VaultStore's work with other copies of its vault: merging one in, and restoring one on purpose.
#include "vault/vault_store.h"

#include "vault/vault_file.h"
#include "vault/vault_lock.h"

#include <QFile>

namespace tessera::vault {

Result<Vault> VaultStore::readCopy(const QString &copyPath, const std::optional<SecretBytes> &password) const
{
    QFile file(copyPath);
    if (!file.exists())
        return fail(ErrorCode::VaultNotFound, copyPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoFailure, QStringLiteral("%1 (%2)").arg(copyPath, file.errorString()));
    if (file.size() > kMaxVaultFileSize)
        return fail(ErrorCode::Corrupted, QStringLiteral("the file is larger than 256 MiB"));
    auto parsed = parseVaultFile(file.readAll());
    if (!parsed)
        return fail(ErrorCode::NotThisVault, copyPath);
    if (parsed->header.vaultId != m_header.vaultId)
        return fail(ErrorCode::NotThisVault, copyPath);
    if (auto sameKey = decryptPayload(*parsed, m_masterKey))
        return sameKey;
    // Written under another master key: before or after a password change made elsewhere.
    if (!password)
        return fail(ErrorCode::PasswordRequired, copyPath);
    auto copyKey = unlockWithPassword(parsed->header, *password);
    if (!copyKey)
        return tl::unexpected(copyKey.error());
    auto vault = decryptPayload(*parsed, *copyKey);
    if (!vault)
        return tl::unexpected(vault.error());
    if (auto resealed = resealAll(*vault, *copyKey, m_masterKey); !resealed)
        return tl::unexpected(resealed.error());
    return vault;
}

Result<Arrivals> VaultStore::mergeCopy(const QString &copyPath, const std::optional<SecretBytes> &password)
{
    auto copy = readCopy(copyPath, password);
    if (!copy)
        return tl::unexpected(copy.error());
    m_lastArrivals = {};
    VaultLock lock(m_path);
    if (auto locked = lock.acquire(); !locked)
        return tl::unexpected(locked.error());
    const auto noHeaderChange = [](VaultHeader &, Vault &) -> Result<void> { return {}; };
    if (auto merged = modifyLocked(noHeaderChange, nullptr, &*copy, SaveKind::MergeOnly); !merged)
        return tl::unexpected(merged.error());
    return m_lastArrivals;
}

Result<Arrivals> VaultStore::restoreFrom(const QString &copyPath, const std::optional<SecretBytes> &password)
{
    auto copy = readCopy(copyPath, password);
    if (!copy)
        return tl::unexpected(copy.error());
    VaultLock lock(m_path);
    if (auto locked = lock.acquire(); !locked)
        return tl::unexpected(locked.error());
    // What this computer saw goes into the history, so the restore reads as newer than all of it: it
    // is a deliberate change, taken by every copy, not a rollback merged away.
    Vault seen;
    seen.history = m_seen;
    Vault before;
    auto restored = modifyLocked(
        [&](VaultHeader &, Vault &vault) -> Result<void> {
            before = vault;
            vault.accounts = copy->accounts; // those now removed here are listed again (change_recorder.h)
            vault.quarantined = before.quarantined;
            return {};
        },
        nullptr, &seen, SaveKind::Change);
    if (!restored)
        return tl::unexpected(restored.error());
    m_lastArrivals = arrivalsBetween(before, m_vault);
    return m_lastArrivals;
}

} // namespace tessera::vault
