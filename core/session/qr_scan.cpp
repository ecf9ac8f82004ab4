#include "session/qr_scan.h"

#include "crypto/kdf.h"
#include "crypto/random.h"
#include "session/account_operations.h"
#include "uri/google_migration.h"
#include "uri/otpauth_parser.h"

#include <QSet>
#include <algorithm>
#include <cctype>

namespace tessera::session {
namespace {

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(),
                      [](char p, char t) { return p == std::tolower(static_cast<unsigned char>(t)); });
}

bool sameAccount(const uri::KeyUri &a, const uri::KeyUri &b)
{
    return a.secret.equals(b.secret) && a.issuer == b.issuer && a.name == b.name && a.params == b.params;
}

} // namespace

std::vector<int> MigrationProgress::missing() const
{
    std::vector<int> parts;
    for (int i = 0; i < size; ++i)
        if (!read.count(i))
            parts.push_back(i + 1);
    return parts;
}

QString qrContentKind(std::string_view text)
{
    struct Kind
    {
        std::string_view prefix;
        const char *kind;
    };
    static constexpr Kind kinds[] = {
        {"http://", "web"},   {"https://", "web"},       {"www.", "web"},         {"wifi:", "wifi"},
        {"mailto:", "email"}, {"matmsg:", "email"},      {"tel:", "phone"},       {"sms:", "phone"},
        {"smsto:", "phone"},  {"begin:vcard", "contact"}, {"mecard:", "contact"},
    };
    for (const Kind &k : kinds)
        if (startsWithNoCase(text, k.prefix))
            return QString::fromLatin1(k.kind);
    return QStringLiteral("text");
}

QrScan::Step QrScan::add(std::vector<SecretBytes> texts)
{
    Step step;
    if (texts.empty())
        step.problems.push_back(Error{ErrorCode::NoQrCode});
    for (const SecretBytes &text : texts)
        if (auto problem = addText(text.view(), step.newAccounts))
            step.problems.push_back(*problem);
    return step;
}

std::optional<Error> QrScan::addText(std::string_view text, int &newAccounts)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    if (startsWithNoCase(text, "otpauth://")) {
        auto account = uri::parseOtpauth(text);
        if (!account)
            return account.error();
        newAccounts += addAccount(std::move(*account)) ? 1 : 0;
        return std::nullopt;
    }
    if (startsWithNoCase(text, uri::kMigrationScheme)) {
        auto part = uri::parseMigration(text);
        if (!part)
            return part.error();
        auto batch = std::find_if(m_exports.begin(), m_exports.end(), [&](const MigrationProgress &p) {
            return p.batchId == part->batchId && p.size == part->batchSize;
        });
        if (batch == m_exports.end())
            batch = m_exports.insert(m_exports.end(), MigrationProgress{part->batchId, part->batchSize, {}});
        if (!batch->read.insert(part->batchIndex).second)
            return std::nullopt; // this part was read before (a camera sees it many times)
        for (uri::KeyUri &account : part->accounts)
            newAccounts += addAccount(std::move(account)) ? 1 : 0;
        for (uri::MigrationSkip &entry : part->skipped)
            m_skipped.push_back({std::move(entry.where), std::move(entry.reason)});
        return std::nullopt;
    }
    return Error{ErrorCode::QrNotAnAccount, qrContentKind(text)};
}

bool QrScan::addAccount(uri::KeyUri account)
{
    if (std::any_of(m_accounts.begin(), m_accounts.end(), [&](const uri::KeyUri &a) { return sameAccount(a, account); }))
        return false;
    m_accounts.push_back(std::move(account));
    return true;
}

std::optional<Error> QrScan::incomplete() const
{
    for (const MigrationProgress &p : m_exports) {
        if (p.isComplete())
            continue;
        QStringList parts;
        for (int n : p.missing())
            parts << QString::number(n);
        return Error{ErrorCode::MigrationIncomplete, parts.join(QStringLiteral(", ")) + u'\n' + QString::number(p.size)};
    }
    return std::nullopt;
}

std::vector<uri::KeyUri> QrScan::takeAccounts()
{
    std::vector<uri::KeyUri> taken = std::move(m_accounts);
    clear();
    return taken;
}

void QrScan::clear()
{
    m_accounts.clear();
    m_skipped.clear();
    m_exports.clear();
}

std::vector<bool> duplicatesInVault(const vault::VaultStore &store, const std::vector<uri::KeyUri> &accounts)
{
    // Hash sets, so importing thousands of accounts into a large vault stays linear. Secrets are
    // compared through a keyed digest whose random key is forgotten when this returns.
    const SecretBytes key = crypto::randomSecret(32);
    QSet<QByteArray> secrets;
    QSet<QString> names;
    const auto nameKey = [](const QString &issuer, const QString &name) {
        return issuer.toCaseFolded() + u'\n' + name.toCaseFolded();
    };
    for (const vault::Account &existing : store.vault().accounts) {
        if (auto secret = openSecret(store, existing.id))
            secrets.insert(crypto::keyedDigest(key, secret->bytes()));
        if (!existing.name.isEmpty())
            names.insert(nameKey(existing.issuer, existing.name));
    }
    std::vector<bool> duplicate(accounts.size(), false);
    for (std::size_t i = 0; i < accounts.size(); ++i)
        duplicate[i] = secrets.contains(crypto::keyedDigest(key, accounts[i].secret.bytes())) ||
                       (!accounts[i].name.isEmpty() && names.contains(nameKey(accounts[i].issuer, accounts[i].name)));
    return duplicate;
}

} // namespace tessera::session
