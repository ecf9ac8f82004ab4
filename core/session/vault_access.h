#pragma once
// Opening, creating and unlocking a vault the way a user does it, shared by the CLI and the GUI: the
// order of unlock methods, and the keychain slot's life cycle (where it lives: vault_location.h).

#include "common/error.h"
#include "session/vault_location.h"
#include "vault/vault_store.h"

#include <functional>
#include <memory>
#include <optional>

namespace tessera::vault {
class QuickUnlock;
}

namespace tessera::session {

// Moves the open vault to `target` (a .tessera file, or a folder to put the vault's file in, made when
// missing), for a sync folder:
// written there atomically, checked to open with the same key, remembered as the vault's place in
// the settings when it was the vault both faces open by default, and only then is the old file
// removed. Its keychain slot and history follow (both are kept by vault id). The backups stay where
// they were. Returns the store of the moved vault.
Result<std::unique_ptr<vault::VaultStore>> moveVault(vault::VaultStore &store, const QString &target);

using PasswordSource = std::function<Result<SecretBytes>()>;

// A given password is used as is. Otherwise the keychain slot is tried when the vault has one; when it
// is missing, locked or refuses, `askPassword` is asked. `keychainProblem` receives why the keychain
// did not unlock (for a notice), if anyone wants to know.
Result<std::unique_ptr<vault::VaultStore>> unlockVault(const QString &path, std::optional<SecretBytes> givenPassword,
                                                       const PasswordSource &askPassword,
                                                       std::optional<Error> *keychainProblem = nullptr);

Result<std::unique_ptr<vault::VaultStore>> unlockWithPassword(const QString &path, const SecretBytes &password);
// Through the OS keychain's key for the vault's keychain slot: KeychainNoEntry when the vault has no
// such slot, KeychainUnavailable/KeychainNoEntry/WrongPassword when the keychain cannot open it.
Result<std::unique_ptr<vault::VaultStore>> unlockWithKeychain(const QString &path);
// After an automatic lock, with the PIN that `quick` was armed with (vault/quick_unlock.h); `quick` is
// armed again with the same PIN for the next automatic lock.
Result<std::unique_ptr<vault::VaultStore>> unlockWithPin(vault::QuickUnlock &quick, const QString &path,
                                                         const SecretBytes &pin);
// Whether the vault (open, or the file's header when locked) can be unlocked by the keychain.
bool hasKeychainSlot(const vault::VaultStore &store);
bool hasKeychainSlot(const QString &path);

// A new vault at `path` with this password, once the password is strong enough (password_strength.h).
Result<std::unique_ptr<vault::VaultStore>> createVault(const QString &path, const SecretBytes &password,
                                                       const crypto::Argon2Params &kdf);

// The keychain account for a vault: its id in hex.
QString keychainAccount(const vault::VaultStore &store);
Result<void> enableKeychain(vault::VaultStore &store);
Result<void> disableKeychain(vault::VaultStore &store);

} // namespace tessera::session
