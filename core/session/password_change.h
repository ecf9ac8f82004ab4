#pragma once
// Changing the vault password as a user does it, shared by the CLI and the GUI: the new password is
// checked for strength, a new master key is made (never the old one kept), the keychain slot, if the
// vault has one, gets a fresh key in the OS keychain, and the old copies beside the vault are
// re-encrypted or removed (vault/master_key_change.h, docs/SECURITY.md).

#include "common/error.h"
#include "vault/vault_store.h"

#include <optional>

namespace tessera::session {

struct PasswordChanged
{
    vault::OldCopies oldCopies;
    // Set when the keychain could not take the new key: the keychain slot was dropped and unlocking
    // by keychain is off until the user turns it on again.
    std::optional<Error> keychainProblem;
};

// The slow part (Argon2id), safe on any thread: checks the new password and prepares its key.
Result<vault::NewMasterKey> prepareNewPassword(const QByteArray &vaultId, const SecretBytes &newPassword,
                                               const crypto::Argon2Params &kdf);

// The quick part, on the thread that owns `store`.
Result<PasswordChanged> applyNewPassword(vault::VaultStore &store, vault::NewMasterKey key);

// Both, one after the other (the CLI).
Result<PasswordChanged> changePassword(vault::VaultStore &store, const SecretBytes &newPassword,
                                       const crypto::Argon2Params &kdf);

} // namespace tessera::session
