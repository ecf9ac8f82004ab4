#include "vault/master_key_change.h"

#include "common/private_files.h"
#include "crypto/random.h"
#include "vault/backup_rotation.h"
#include "vault/secret_sealer.h"
#include "vault/vault_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tessera::vault {
namespace {

Result<QByteArray> resealed(const QByteArray &sealed, const QUuid &id, SealedKind kind, const SecretSealer &from,
                            const SecretSealer &to)
{
    auto plain = from.open(sealed, id, kind);
    if (!plain)
        return tl::unexpected(plain.error());
    return to.seal(plain->bytes(), id, kind);
}

// The whole file re-encrypted under the new key, or why not.
Result<QByteArray> reencryptFile(const QByteArray &bytes, const QByteArray &vaultId, const SecretBytes &oldKey,
                                 const SecretBytes &newKey, const QList<KeySlot> &newSlots)
{
    auto parsed = parseVaultFile(bytes);
    if (!parsed)
        return tl::unexpected(parsed.error());
    if (parsed->header.vaultId != vaultId)
        return fail(ErrorCode::VaultReplaced);
    auto vault = decryptPayload(*parsed, oldKey);
    if (!vault)
        return tl::unexpected(vault.error());
    if (auto done = resealAll(*vault, oldKey, newKey); !done)
        return tl::unexpected(done.error());
    VaultHeader header = parsed->header; // the revision stays: the copy is as old as it was
    header.keySlots = newSlots;
    return encodeVaultFile(header, *vault, newKey);
}

bool replaceFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    restrictToOwner(file);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return false;
    restrictPathToOwner(path);
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxVaultFileSize)
        return {};
    return file.readAll();
}

} // namespace

Result<NewMasterKey> prepareNewMasterKey(const QByteArray &vaultId, const SecretBytes &password,
                                         const crypto::Argon2Params &kdf)
{
    SecretBytes masterKey = crypto::randomSecret(kMasterKeySize);
    auto slot = makePasswordSlot(masterKey, vaultId, password, kdf);
    if (!slot)
        return tl::unexpected(slot.error());
    return NewMasterKey{std::move(masterKey), std::move(*slot)};
}

Result<void> resealAll(Vault &vault, const SecretBytes &from, const SecretBytes &to)
{
    const SecretSealer oldSealer(from);
    const SecretSealer newSealer(to);
    QList<Account *> all; // the removed accounts too: they merge back if changed elsewhere later
    for (QList<Account> *list : {&vault.accounts, &vault.removed})
        for (Account &account : *list)
            all.append(&account);
    for (Account *entry : all) {
        Account &account = *entry;
        auto secret = resealed(account.sealedSecret, account.id, SealedKind::OtpSecret, oldSealer, newSealer);
        if (!secret)
            return tl::unexpected(secret.error());
        account.sealedSecret = *secret;
        for (RecoveryCode &code : account.recoveryCodes) {
            auto sealed = resealed(code.sealedCode, account.id, SealedKind::RecoveryCode, oldSealer, newSealer);
            if (!sealed)
                return tl::unexpected(sealed.error());
            code.sealedCode = *sealed;
        }
    }
    for (BrowserPair &pair : vault.browserPairs) {
        if (pair.forgotten)
            continue;
        auto sealed = resealed(pair.sealedKey, pair.id, SealedKind::BrowserPairKey, oldSealer, newSealer);
        if (!sealed)
            return tl::unexpected(sealed.error());
        pair.sealedKey = *sealed;
    }
    // Quarantined entries could not be read when the vault opened; their sealed parts stay as they were
    // and are only reachable through the payload, which the new key now encrypts.
    return {};
}

OldCopies reencryptOldCopies(const QString &vaultPath, const QByteArray &vaultId, const SecretBytes &oldKey,
                             const SecretBytes &newKey, const QList<KeySlot> &newSlots, const QString &secondBackupFolder)
{
    OldCopies result;
    const QFileInfo vaultFile(vaultPath);
    struct Candidate
    {
        QString path;
        bool isBackup;
    };
    QList<Candidate> candidates;
    const QDir backups(backupsFolderFor(vaultPath));
    for (const QFileInfo &file : backups.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks))
        candidates.append({file.absoluteFilePath(), true});
    if (!secondBackupFolder.isEmpty())
        for (const QFileInfo &file : QDir(secondBackupFolder).entryInfoList({QStringLiteral("*.tessera")},
                                                                            QDir::Files | QDir::Hidden | QDir::NoSymLinks))
            candidates.append({file.absoluteFilePath(), true});
    for (const QFileInfo &file : vaultFile.absoluteDir().entryInfoList({QStringLiteral("*.tessera")},
                                                                       QDir::Files | QDir::Hidden | QDir::NoSymLinks))
        if (file.absoluteFilePath() != vaultFile.absoluteFilePath())
            candidates.append({file.absoluteFilePath(), false});

    for (const Candidate &candidate : std::as_const(candidates)) {
        const QByteArray bytes = readAll(candidate.path);
        auto parsed = parseVaultFile(bytes);
        const bool sameVault = parsed && parsed->header.vaultId == vaultId;
        if (!sameVault)
            continue; // another vault's backup (they share backups/), or no vault at all: not ours to touch
        const QString name = QFileInfo(candidate.path).fileName();
        if (auto again = reencryptFile(bytes, vaultId, oldKey, newKey, newSlots)) {
            if (replaceFile(candidate.path, *again)) {
                ++result.reencrypted;
                continue;
            }
            if (!candidate.isBackup) { // it still opens with the old password, and could not be fixed
                result.unchanged << name;
                continue;
            }
        }
        if (!candidate.isBackup)
            continue; // under another key: not openable with the password just replaced
        if (QFile::remove(candidate.path))
            result.removed << name;
        else
            result.unchanged << name;
    }
    return result;
}

} // namespace tessera::vault
