#include "session/vault_access.h"

#include "vault/quick_unlock.h"

#include "common/private_files.h"
#include "common/write_failure.h"
#include "crypto/random.h"
#include "session/app_settings.h"
#include "keychain/os_keychain.h"
#include "session/device_identity.h"
#include "session/password_strength.h"
#include "session/second_backup.h"
#include "session/seen_history.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tessera::session {
namespace {

// Every store a face opens stamps its saves with this computer's id, and remembers the newest history
// it sees of the vault, so an older copy put in place is known as one, in this run and the next.
Result<std::unique_ptr<vault::VaultStore>> ownedByThisDevice(Result<std::unique_ptr<vault::VaultStore>> store)
{
    if (!store)
        return store;
    vault::VaultStore &opened = **store;
    opened.setDevice(deviceId());
    opened.setSeenHistoryKeeper(rememberHistory);
    opened.setSecondBackupFolder(secondBackupFolder());
    opened.guardAgainstRollback(seenHistory(opened.header().vaultId), vault::VaultStore::Rollback::MergeBack);
    return store;
}

} // namespace

Result<std::unique_ptr<vault::VaultStore>> unlockWithPassword(const QString &path, const SecretBytes &password)
{
    return ownedByThisDevice(vault::VaultStore::openWithPassword(path, password));
}

Result<std::unique_ptr<vault::VaultStore>> unlockWithPin(vault::QuickUnlock &quick, const QString &path,
                                                         const SecretBytes &pin)
{
    auto store = ownedByThisDevice(quick.unlock(path, pin));
    if (store)
        (void)quick.arm(**store, pin); // a failure only means the password is needed next time
    return store;
}

Result<std::unique_ptr<vault::VaultStore>> unlockWithKeychain(const QString &path)
{
    auto header = vault::VaultStore::readHeader(path);
    if (!header)
        return tl::unexpected(header.error());
    if (!header->hasSlot(vault::SlotType::Keychain))
        return fail(ErrorCode::KeychainNoEntry);
    auto key = keychain::readKey(QString::fromLatin1(header->vaultId.toHex()));
    if (!key)
        return tl::unexpected(key.error());
    return ownedByThisDevice(vault::VaultStore::openWithKeychainKey(path, *key));
}

bool hasKeychainSlot(const vault::VaultStore &store)
{
    return store.header().hasSlot(vault::SlotType::Keychain);
}

bool hasKeychainSlot(const QString &path)
{
    auto header = vault::VaultStore::readHeader(path);
    return header && header->hasSlot(vault::SlotType::Keychain);
}

QString keychainAccount(const vault::VaultStore &store)
{
    return QString::fromLatin1(store.header().vaultId.toHex());
}

Result<std::unique_ptr<vault::VaultStore>> unlockVault(const QString &path, std::optional<SecretBytes> givenPassword,
                                                       const PasswordSource &askPassword,
                                                       std::optional<Error> *keychainProblem)
{
    if (givenPassword)
        return unlockWithPassword(path, *givenPassword);
    auto header = vault::VaultStore::readHeader(path);
    if (!header)
        return tl::unexpected(header.error());
    if (header->hasSlot(vault::SlotType::Keychain)) {
        auto store = unlockWithKeychain(path);
        // A keychain that is missing, locked or holds a stale key falls back to the password; a damaged
        // vault does not get better with a password, so that error is final.
        const bool keychainFailed =
            !store && (store.error().code == ErrorCode::KeychainUnavailable ||
                       store.error().code == ErrorCode::KeychainNoEntry || store.error().code == ErrorCode::WrongPassword);
        if (!keychainFailed)
            return store;
        if (keychainProblem)
            *keychainProblem = store.error();
    }
    auto password = askPassword();
    if (!password)
        return tl::unexpected(password.error());
    return unlockWithPassword(path, *password);
}

Result<std::unique_ptr<vault::VaultStore>> createVault(const QString &path, const SecretBytes &password,
                                                       const crypto::Argon2Params &kdf)
{
    if (auto strong = checkNewPassword(password); !strong)
        return tl::unexpected(strong.error());
    return ownedByThisDevice(vault::VaultStore::create(path, password, kdf));
}

Result<std::unique_ptr<vault::VaultStore>> moveVault(vault::VaultStore &store, const QString &target)
{
    // A folder (existing, or named as one: a trailing slash, or no .tessera name) gets the vault's file name.
    const bool folder = QFileInfo(target).isDir() || target.endsWith(QLatin1Char('/')) ||
                        QFileInfo(target).suffix() != QLatin1String("tessera");
    QString to = folder ? QDir(target).filePath(QFileInfo(store.path()).fileName()) : target;
    to = QFileInfo(to).absoluteFilePath();
    const QString from = QFileInfo(store.path()).absoluteFilePath();
    if (to == from)
        return fail(ErrorCode::VaultExists, to);
    if (QFileInfo::exists(to))
        return fail(ErrorCode::VaultExists, to);
    if (auto fresh = store.reload(); !fresh) // the newest content goes, not what we read at open
        return tl::unexpected(fresh.error());
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoFailure, QStringLiteral("%1 (%2)").arg(from, source.errorString()));
    const QByteArray bytes = source.readAll();
    source.close();
    if (!makePrivateFolder(QFileInfo(to).absolutePath()))
        return fail(ErrorCode::FolderReadOnly, QFileInfo(to).absolutePath());
    QSaveFile file(to);
    file.setDirectWriteFallback(false);
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        restrictToOwner(file);
    if (!opened || file.write(bytes) != bytes.size() || !file.commit())
        return tl::unexpected(writeFailure(to, file, bytes.size()));
    restrictPathToOwner(to);
    // Verified before anything points at it: it must open with this vault's key and hold its saves.
    auto copy = store.readCopy(to, std::nullopt);
    if (!copy || copy->history != store.vault().history) {
        QFile::remove(to);
        return copy ? fail(ErrorCode::IoFailure, QStringLiteral("%1 (the copy read back differs)").arg(to))
                     : tl::unexpected(copy.error());
    }
    if (QFileInfo(resolveVaultPath({})).absoluteFilePath() == from)
        rememberVaultPath(to);
    auto moved = vault::VaultStore::openWithMasterKeyOf(store, to);
    if (!moved)
        return tl::unexpected(moved.error());
    QFile::remove(from);
    QFile::remove(from + QStringLiteral(".lock"));
    return ownedByThisDevice(std::move(moved));
}

Result<void> enableKeychain(vault::VaultStore &store)
{
    const SecretBytes slotKey = crypto::randomSecret(32);
    if (auto stored = keychain::storeKey(keychainAccount(store), slotKey); !stored)
        return stored;
    if (auto saved = store.setKeychainSlot(SecretBytes::copyOf(slotKey.bytes())); !saved) {
        keychain::deleteKey(keychainAccount(store)); // do not leave a key for a slot that does not exist
        return saved;
    }
    return {};
}

Result<void> disableKeychain(vault::VaultStore &store)
{
    if (auto saved = store.setKeychainSlot(std::nullopt); !saved)
        return saved;
    return keychain::deleteKey(keychainAccount(store));
}

} // namespace tessera::session
