#include "session/password_change.h"

#include "crypto/random.h"
#include "keychain/os_keychain.h"
#include "session/password_strength.h"
#include "session/vault_access.h"

namespace tessera::session {

Result<vault::NewMasterKey> prepareNewPassword(const QByteArray &vaultId, const SecretBytes &newPassword,
                                               const crypto::Argon2Params &kdf)
{
    if (auto strong = checkNewPassword(newPassword); !strong)
        return tl::unexpected(strong.error());
    return vault::prepareNewMasterKey(vaultId, newPassword, kdf);
}

Result<PasswordChanged> applyNewPassword(vault::VaultStore &store, vault::NewMasterKey key)
{
    PasswordChanged result;
    if (!store.header().hasSlot(vault::SlotType::Keychain)) {
        auto copies = store.rekey(std::move(key), std::nullopt);
        if (!copies)
            return tl::unexpected(copies.error());
        result.oldCopies = *copies;
        return result;
    }
    // The keychain slot wrapped the old master key; a fresh slot key wraps the new one, so a keychain
    // entry copied earlier does not open the new file either.
    const QString account = keychainAccount(store);
    auto previous = keychain::readKey(account);
    SecretBytes slotKey = crypto::randomSecret(32);
    std::optional<SecretBytes> kept;
    if (auto stored = keychain::storeKey(account, slotKey); stored)
        kept = std::move(slotKey);
    else
        result.keychainProblem = stored.error();
    auto copies = store.rekey(std::move(key), kept ? std::optional(SecretBytes::copyOf(kept->bytes())) : std::nullopt);
    if (!copies) {
        if (kept) // the file still has the old slot: give the keychain its old key back
            previous ? (void)keychain::storeKey(account, *previous) : (void)keychain::deleteKey(account);
        return tl::unexpected(copies.error());
    }
    if (!kept)
        keychain::deleteKey(account); // its key opens nothing any more
    result.oldCopies = *copies;
    return result;
}

Result<PasswordChanged> changePassword(vault::VaultStore &store, const SecretBytes &newPassword,
                                       const crypto::Argon2Params &kdf)
{
    auto key = prepareNewPassword(store.header().vaultId, newPassword, kdf);
    if (!key)
        return tl::unexpected(key.error());
    return applyNewPassword(store, std::move(*key));
}

} // namespace tessera::session
