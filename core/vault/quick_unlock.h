#pragma once
// Quick unlock with a PIN (4 to 8 digits) after an automatic lock, within one run of the app
// (docs/SECURITY.md, "Quick unlock"). While the vault is open the master key is sealed under a key
// derived with Argon2id from the PIN and a random pepper; pepper, salt and sealed key live only in
// this process's locked memory (never on disk, never in settings). The PIN opens the vault again
// without the password; three wrong PINs wipe it all, and then only the password opens the vault.

#include "common/error.h"
#include "common/secret_bytes.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace tessera::vault {

class VaultStore;

class QuickUnlock
{
public:
    static constexpr int kAttempts = 3;

    // A PIN is 4 to 8 digits; InvalidPin otherwise.
    static Result<void> checkPin(const SecretBytes &pin);

    // Seals the open store's master key under this PIN (replacing what was sealed before).
    Result<void> arm(const VaultStore &store, const SecretBytes &pin);
    bool isArmed() const { return !m_sealed.isEmpty(); }
    int attemptsLeft() const { return m_attemptsLeft; }
    // Opens the vault at `path` with the sealed key when `pin` is right. A wrong PIN is WrongPin (detail:
    // the attempts left); the third wipes everything. Success wipes too: a new automatic lock arms again.
    Result<std::unique_ptr<VaultStore>> unlock(const QString &path, const SecretBytes &pin);
    void wipe();

private:
    SecretBytes m_pepper;
    QByteArray m_salt;
    QByteArray m_sealed; // the master key, sealed (XChaCha20-Poly1305) with the vault id as associated data
    QByteArray m_vaultId;
    int m_attemptsLeft = kAttempts;
};

} // namespace tessera::vault
