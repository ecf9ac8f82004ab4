#include "vault/vault_file.h"

#include "crypto/aead.h"
#include "vault/vault_payload.h"

#include <QtEndian>

namespace tessera::vault {
namespace {

constexpr std::uint64_t kPayloadSubkeyId = 1; // 2 seals secrets (secret_sealer.cpp)

// Binds a wrapped key to its vault, its slot kind and (for passwords) its KDF parameters and salt, so
// a slot cannot be moved between vaults or have its parameters lowered.
QByteArray slotAssociatedData(const QByteArray &vaultId, const KeySlot &slot)
{
    QByteArray ad = QByteArrayLiteral("tessera-slot") + vaultId + char(slot.type);
    if (slot.type == SlotType::Password) {
        char ops[4], mem[8];
        qToLittleEndian(slot.kdf.opsLimit, ops);
        qToLittleEndian(static_cast<quint64>(slot.kdf.memLimitBytes), mem);
        ad += QByteArray(ops, 4) + QByteArray(mem, 8) + slot.salt;
    }
    return ad;
}

Result<SecretBytes> unwrap(const VaultHeader &header, SlotType type, const std::function<Result<SecretBytes>(const KeySlot &)> &slotKey)
{
    for (const KeySlot &slot : header.keySlots) {
        if (slot.type != type)
            continue;
        auto key = slotKey(slot);
        if (!key)
            return tl::unexpected(key.error());
        auto master = crypto::open(*key, slot.wrappedKey, slotAssociatedData(header.vaultId, slot),
                                   ErrorCode::WrongPassword);
        if (master && master->size() == kMasterKeySize)
            return master;
    }
    return fail(ErrorCode::WrongPassword);
}

} // namespace

Result<KeySlot> makePasswordSlot(const SecretBytes &masterKey, const QByteArray &vaultId, const SecretBytes &password,
                                 const crypto::Argon2Params &kdf, const crypto::RandomSource &random)
{
    if (password.isEmpty())
        return fail(ErrorCode::EmptyPassword);
    KeySlot slot{SlotType::Password, kdf, crypto::randomBytes(crypto::kArgon2SaltSize, random), {}};
    auto slotKey = crypto::argon2id(password, slot.salt, kdf);
    if (!slotKey)
        return tl::unexpected(slotKey.error());
    slot.wrappedKey = crypto::seal(*slotKey, masterKey.bytes(), slotAssociatedData(vaultId, slot), random);
    return slot;
}

KeySlot makeKeychainSlot(const SecretBytes &masterKey, const QByteArray &vaultId, const SecretBytes &slotKey,
                         const crypto::RandomSource &random)
{
    KeySlot slot{SlotType::Keychain, {}, {}, {}};
    slot.wrappedKey = crypto::seal(slotKey, masterKey.bytes(), slotAssociatedData(vaultId, slot), random);
    return slot;
}

Result<SecretBytes> unlockWithPassword(const VaultHeader &header, const SecretBytes &password)
{
    return unwrap(header, SlotType::Password,
                  [&](const KeySlot &slot) { return crypto::argon2id(password, slot.salt, slot.kdf); });
}

Result<SecretBytes> unlockWithKeychainKey(const VaultHeader &header, const SecretBytes &slotKey)
{
    return unwrap(header, SlotType::Keychain,
                  [&](const KeySlot &) -> Result<SecretBytes> { return SecretBytes::copyOf(slotKey.bytes()); });
}

Result<Vault> decryptPayload(const ParsedVaultFile &file, const SecretBytes &masterKey)
{
    if (masterKey.size() != kMasterKeySize)
        return fail(ErrorCode::Corrupted, QStringLiteral("the master key has the wrong size"));
    const SecretBytes key = crypto::deriveSubkey(masterKey, kPayloadSubkeyId);
    auto json = crypto::decrypt(key, file.header.payloadNonce, file.ciphertext, file.headerBytes, ErrorCode::Corrupted);
    if (!json)
        return fail(ErrorCode::Corrupted, QStringLiteral("the account list does not decrypt"));
    return parsePayload(json->view());
}

QByteArray encodeVaultFile(VaultHeader &header, const Vault &vault, const SecretBytes &masterKey,
                           const crypto::RandomSource &random)
{
    header.payloadNonce = crypto::randomBytes(crypto::kAeadNonceSize, random);
    const QByteArray headerBytes = serializeHeader(header);
    QByteArray json = serializePayload(vault);
    const SecretBytes key = crypto::deriveSubkey(masterKey, kPayloadSubkeyId);
    const QByteArray ciphertext = crypto::encrypt(
        key, header.payloadNonce,
        std::span(reinterpret_cast<const std::uint8_t *>(json.constData()), static_cast<std::size_t>(json.size())),
        headerBytes);
    wipe(json.data(), static_cast<std::size_t>(json.size())); // names and notes: not left behind
    return headerBytes + ciphertext;
}

} // namespace tessera::vault
