#pragma once
// Adding accounts from QR codes, as a user does it over one or several pictures: every decoded text
// becomes accounts (otpauth://, or a Google Authenticator export part), or a clear reason why not.
// The parts of a multi-code export are gathered by their batch id; what is still missing is named.
// Shared by `tessera-cli scan` / `add --image` and the GUI's scan page.

#include "common/error.h"
#include "interop/import_result.h"
#include "vault/vault_store.h"

#include <set>
#include <vector>

namespace tessera::session {

// One Google Authenticator export, as far as it has been read.
struct MigrationProgress
{
    int batchId = 0;
    int size = 1;
    std::set<int> read; // 0-based indices

    bool isComplete() const { return int(read.size()) == size; }
    std::vector<int> missing() const; // 1-based, as the phone numbers them
};

class QrScan
{
public:
    // What the texts of one picture gave.
    struct Step
    {
        int newAccounts = 0;
        std::vector<Error> problems; // per text that held no account: NoQrCode, QrNotAnAccount, Uri…
    };

    // The texts decoded from one picture (or pasted text). No texts at all is a NoQrCode problem.
    Step add(std::vector<SecretBytes> texts);

    const std::vector<uri::KeyUri> &accounts() const { return m_accounts; }
    const std::vector<interop::SkippedEntry> &skipped() const { return m_skipped; }
    const std::vector<MigrationProgress> &exports() const { return m_exports; }
    // MigrationIncomplete for the first export with parts still missing.
    std::optional<Error> incomplete() const;

    // Hands the accounts over (to be added) and starts afresh.
    std::vector<uri::KeyUri> takeAccounts();
    void clear();

private:
    bool addAccount(uri::KeyUri account);
    std::optional<Error> addText(std::string_view text, int &newAccounts);

    std::vector<uri::KeyUri> m_accounts;
    std::vector<interop::SkippedEntry> m_skipped;
    std::vector<MigrationProgress> m_exports;
};

// What a QR text that is not an account holds, for QrNotAnAccount: web, wifi, email, phone, contact, text.
QString qrContentKind(std::string_view text);

// For each account, whether the vault already has it: the same secret, or the same issuer and name.
std::vector<bool> duplicatesInVault(const vault::VaultStore &store, const std::vector<uri::KeyUri> &accounts);

} // namespace tessera::session
