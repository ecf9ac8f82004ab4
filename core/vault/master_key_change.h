#pragma once
// What a password change replaces: a new random master key, and the new password's slot wrapping it.
// Preparing it runs Argon2id (seconds at the "sensitive" cost) and touches no vault, so it may run on
// any thread; VaultStore::rekey then applies it in milliseconds.
// Every copy of the vault that Tessera keeps (the file, backups/, copies a sync engine left beside it
// with the same vault id) is re-encrypted under the new key or removed: an old password together with
// any of them must not open anything written afterwards (docs/SECURITY.md, "Changing the password").

#include "common/error.h"
#include "common/secret_bytes.h"
#include "crypto/kdf.h"
#include "vault/vault.h"
#include "vault/vault_header.h"

#include <QStringList>

namespace tessera::vault {

struct NewMasterKey
{
    SecretBytes masterKey;
    KeySlot passwordSlot;
};

Result<NewMasterKey> prepareNewMasterKey(const QByteArray &vaultId, const SecretBytes &password,
                                         const crypto::Argon2Params &kdf);

// Every secret and recovery code of `vault` opened with `from` and sealed again with `to`.
Result<void> resealAll(Vault &vault, const SecretBytes &from, const SecretBytes &to);

// What happened to the other copies of the vault.
struct OldCopies
{
    int reencrypted = 0;
    QStringList removed;   // could not be re-encrypted (another key, damaged): deleted, by file name
    QStringList unchanged; // could not be deleted either: the user is told to remove them
};

// Re-encrypts every file in backups/ and every vault file beside `vaultPath` that carries this vault's id
// and opens with `oldKey`, under `newKey` with `newSlots`. A backup of this vault that does not open with
// `oldKey` may open with an even older password, so it is deleted; a file beside the vault that does not
// is left alone (the user put it there). Other vaults' files, which share backups/, are never touched.
// `secondBackupFolder`, when given, is treated as backups/ is.
OldCopies reencryptOldCopies(const QString &vaultPath, const QByteArray &vaultId, const SecretBytes &oldKey,
                             const SecretBytes &newKey, const QList<KeySlot> &newSlots,
                             const QString &secondBackupFolder = {});

} // namespace tessera::vault
