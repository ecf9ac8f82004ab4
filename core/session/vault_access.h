#pragma once
// Opening, creating and unlocking a vault the way a user does it, shared by the CLI and the GUI:
// where the vault lives, the order of unlock methods, and the keychain slot's life cycle.

#include "common/error.h"
#include "vault/vault_store.h"

#include <functional>
#include <memory>
#include <optional>

namespace tessera::vault {
class QuickUnlock;
}

namespace tessera::session {

// GenericDataLocation/tessera/vault.tessera (~/.local/share/tessera on Linux), the same for both faces.
QString defaultVaultPath();
// The vault a face works on: the --vault option when given, else $TESSERA_VAULT, else where the user
// moved it (moveVault), else the default.
QString resolveVaultPath(const QString &vaultOption);
// What names the local channels of one vault of this user (the running app's, for a second launch and
// for tessera-cli): the home folder and the vault's absolute path, so any working folder finds it.
QString localChannelKey(const QString &vaultPath);

// Remembers `path` as the vault both faces open by default (the first run's "Open a vault from
// another computer…"); the default path forgets any other.
void rememberVaultPath(const QString &path);

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
