#pragma once
// The cryptography of the vault file: key slots wrap the random master key (with a password through
// Argon2id, or with a random key kept in the OS keychain); the master key's payload sub-key encrypts
// the account list with the whole header as associated data.

#include "common/error.h"
#include "common/secret_bytes.h"
#include "crypto/random.h"
#include "vault/vault.h"
#include "vault/vault_header.h"

namespace tessera::vault {

inline constexpr std::size_t kMasterKeySize = 32;

Result<KeySlot> makePasswordSlot(const SecretBytes &masterKey, const QByteArray &vaultId, const SecretBytes &password,
                                 const crypto::Argon2Params &kdf,
                                 const crypto::RandomSource &random = crypto::systemRandom);
KeySlot makeKeychainSlot(const SecretBytes &masterKey, const QByteArray &vaultId, const SecretBytes &slotKey,
                         const crypto::RandomSource &random = crypto::systemRandom);

// The master key from the first slot of that kind that opens; WrongPassword when none does.
Result<SecretBytes> unlockWithPassword(const VaultHeader &header, const SecretBytes &password);
Result<SecretBytes> unlockWithKeychainKey(const VaultHeader &header, const SecretBytes &slotKey);

// Corrupted when the payload does not decrypt or parse with this master key.
Result<Vault> decryptPayload(const ParsedVaultFile &file, const SecretBytes &masterKey);

// The whole file. The header gets a fresh payload nonce for every write.
QByteArray encodeVaultFile(VaultHeader &header, const Vault &vault, const SecretBytes &masterKey,
                           const crypto::RandomSource &random = crypto::systemRandom);

} // namespace tessera::vault
