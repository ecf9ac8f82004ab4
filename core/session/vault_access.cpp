#include "session/vault_access.h"

#include "crypto/random.h"
#include "keychain/os_keychain.h"
#include "session/device_identity.h"
#include "session/password_strength.h"

#include <QDir>
#include <QStandardPaths>

namespace tessera::session {

QString defaultVaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("tessera/vault.tessera"));
}

QString resolveVaultPath(const QString &vaultOption)
{
    if (!vaultOption.isEmpty())
        return vaultOption;
    const QString fromEnvironment = qEnvironmentVariable("TESSERA_VAULT");
    return fromEnvironment.isEmpty() ? defaultVaultPath() : fromEnvironment;
}

namespace {

// Every store a face opens stamps its saves with this computer's id.
Result<std::unique_ptr<vault::VaultStore>> ownedByThisDevice(Result<std::unique_ptr<vault::VaultStore>> store)
{
    if (store)
        (*store)->setDevice(deviceId());
    return store;
}

} // namespace

Result<std::unique_ptr<vault::VaultStore>> unlockWithPassword(const QString &path, const SecretBytes &password)
{
    return ownedByThisDevice(vault::VaultStore::openWithPassword(path, password));
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
