#include "vault/quick_unlock.h"

#include "crypto/aead.h"
#include "crypto/kdf.h"
#include "crypto/random.h"
#include "vault/vault_store.h"

#include <algorithm>

namespace tessera::vault {
namespace {

constexpr std::size_t kPepperSize = 32;

// The PIN and the pepper together are the password: without this process's pepper, the sealed key
// cannot be attacked PIN by PIN, and with it each guess still costs an Argon2id.
Result<SecretBytes> keyFor(const SecretBytes &pin, const SecretBytes &pepper, QByteArrayView salt)
{
    SecretBytes password(pin.size() + pepper.size());
    std::copy(pin.bytes().begin(), pin.bytes().end(), password.data());
    std::copy(pepper.bytes().begin(), pepper.bytes().end(), password.data() + pin.size());
    return crypto::argon2id(password, salt, crypto::argon2Preset(crypto::KdfPreset::Interactive));
}

} // namespace

Result<void> QuickUnlock::checkPin(const SecretBytes &pin)
{
    const auto digits = pin.view();
    const bool allDigits = std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits.size() < 4 || digits.size() > 8 || !allDigits)
        return fail(ErrorCode::InvalidPin);
    return {};
}

Result<void> QuickUnlock::arm(const VaultStore &store, const SecretBytes &pin)
{
    if (auto valid = checkPin(pin); !valid)
        return valid;
    wipe();
    SecretBytes pepper = crypto::randomSecret(kPepperSize);
    const QByteArray salt = crypto::randomBytes(crypto::kArgon2SaltSize);
    auto key = keyFor(pin, pepper, salt);
    if (!key)
        return tl::unexpected(key.error());
    m_vaultId = store.header().vaultId;
    m_sealed = crypto::seal(*key, store.m_masterKey.bytes(), m_vaultId);
    m_pepper = std::move(pepper);
    m_salt = salt;
    m_attemptsLeft = kAttempts;
    return {};
}

Result<std::unique_ptr<VaultStore>> QuickUnlock::unlock(const QString &path, const SecretBytes &pin)
{
    if (!isArmed())
        return fail(ErrorCode::PasswordRequired);
    auto key = keyFor(pin, m_pepper, m_salt);
    auto masterKey = key ? crypto::open(*key, m_sealed, m_vaultId, ErrorCode::WrongPin) : tl::unexpected(key.error());
    if (!masterKey) {
        if (--m_attemptsLeft <= 0)
            wipe();
        return fail(ErrorCode::WrongPin, QString::number(m_attemptsLeft));
    }
    const QByteArray vaultId = m_vaultId;
    wipe();
    return VaultStore::open(path, [&](const VaultHeader &header) -> Result<SecretBytes> {
        if (header.vaultId != vaultId)
            return fail(ErrorCode::NotThisVault, path);
        return std::move(*masterKey);
    });
}

void QuickUnlock::wipe()
{
    m_pepper = SecretBytes();
    m_sealed.fill('\0');
    m_sealed.clear();
    m_salt.clear();
    m_vaultId.clear();
    m_attemptsLeft = 0;
}

} // namespace tessera::vault
