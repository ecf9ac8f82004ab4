#include "session/account_operations.h"

#include "otp/code_generator.h"
#include "session/account_sites.h"
#include "session/service_sites.h"

#include <algorithm>

namespace tessera::session {
namespace {

constexpr qsizetype kMaxRecoveryCodeLength = 256;

tl::unexpected<Error> vanished()
{
    // The account was removed by another process between finding and changing it.
    return fail(ErrorCode::AccountNotFound, QStringLiteral("(removed meanwhile)"));
}

} // namespace

vault::Account newAccount(const vault::VaultStore &store, const uri::KeyUri &key, std::int64_t nowMs)
{
    vault::Account account;
    account.id = QUuid::createUuid();
    account.issuer = key.issuer;
    account.name = key.name;
    account.params = key.params;
    account.sealedSecret = store.sealer().seal(key.secret.bytes(), account.id, vault::SealedKind::OtpSecret);
    account.createdMs = account.modifiedMs = nowMs;
    account.sites = knownSitesFor(key.issuer);
    return account;
}

Result<QUuid> addAccount(vault::VaultStore &store, const uri::KeyUri &key, std::int64_t nowMs,
                         const std::optional<QStringList> &sites)
{
    vault::Account account = newAccount(store, key, nowMs);
    if (sites) {
        account.sites.clear();
        for (const QString &text : *sites) {
            auto site = siteFromText(text);
            if (!site)
                return tl::unexpected(site.error());
            if (!account.sites.contains(*site))
                account.sites.append(*site);
        }
    }
    auto added = store.update([&](vault::Vault &vault) -> Result<void> {
        vault.accounts.append(account);
        return {};
    });
    if (!added)
        return tl::unexpected(added.error());
    return account.id;
}

Result<void> addAccounts(vault::VaultStore &store, const std::vector<uri::KeyUri> &keys, std::int64_t nowMs)
{
    QList<vault::Account> accounts;
    for (const uri::KeyUri &key : keys)
        accounts.append(newAccount(store, key, nowMs));
    return store.update([&](vault::Vault &vault) -> Result<void> {
        vault.accounts += accounts;
        return {};
    });
}

Result<QUuid> findAccount(const vault::Vault &vault, const QString &query)
{
    const auto matches = vault.match(query);
    if (matches.isEmpty())
        return fail(ErrorCode::AccountNotFound, query);
    if (matches.size() > 1) {
        Error ambiguous{ErrorCode::AmbiguousQuery, query};
        for (const vault::Account *a : matches)
            ambiguous.candidates.append(a->issuer + u':' + a->name);
        return tl::unexpected(std::move(ambiguous));
    }
    return matches.first()->id;
}

QList<QUuid> searchAccounts(const vault::Vault &vault, const QStringList &terms, int limit)
{
    QStringList folded;
    for (const QString &term : terms)
        if (!term.trimmed().isEmpty())
            folded.append(term.trimmed().toCaseFolded());
    if (folded.isEmpty())
        return {};
    QList<QUuid> favourites, others;
    for (const vault::Account &account : vault.accounts) {
        const QString haystack = (account.issuer + u' ' + account.name).toCaseFolded();
        const bool all = std::all_of(folded.cbegin(), folded.cend(),
                                     [&](const QString &term) { return haystack.contains(term); });
        if (all)
            (account.favourite ? favourites : others).append(account.id);
    }
    return (favourites + others).mid(0, limit);
}

QList<QUuid> favouriteAccounts(const vault::Vault &vault)
{
    QList<QUuid> favourites;
    for (const vault::Account &account : vault.accounts)
        if (account.favourite)
            favourites.append(account.id);
    return favourites;
}

Result<SecretBytes> openSecret(const vault::VaultStore &store, const QUuid &id)
{
    const vault::Account *account = store.vault().find(id);
    if (!account)
        return vanished();
    return store.sealer().open(account->sealedSecret, id, vault::SealedKind::OtpSecret);
}

Result<std::string> currentCode(vault::VaultStore &store, const QUuid &id, std::int64_t nowMs)
{
    const vault::Account *account = store.vault().find(id);
    if (!account)
        return vanished();
    otp::OtpParams params = account->params;
    if (params.type == otp::OtpType::Hotp) {
        auto advanced = store.update([&](vault::Vault &vault) -> Result<void> {
            vault::Account *fresh = vault.find(id);
            if (!fresh)
                return vanished();
            params = fresh->params; // the newest counter, even if another process used one meanwhile
            ++fresh->params.counter;
            fresh->modifiedMs = nowMs;
            return {};
        });
        if (!advanced)
            return tl::unexpected(advanced.error());
    }
    auto secret = openSecret(store, id);
    if (!secret)
        return tl::unexpected(secret.error());
    return otp::generate(params, *secret, nowMs);
}

Result<void> addRecoveryCodes(vault::VaultStore &store, const QUuid &id, const QList<QByteArray> &codes, bool replace,
                              std::int64_t nowMs)
{
    QList<vault::RecoveryCode> sealed;
    for (const QByteArray &code : codes) {
        const QByteArray trimmed = code.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > kMaxRecoveryCodeLength)
            return fail(ErrorCode::InvalidRecoveryCode);
        sealed.append({store.sealer().seal(std::span(reinterpret_cast<const std::uint8_t *>(trimmed.constData()),
                                                     static_cast<std::size_t>(trimmed.size())),
                                           id, vault::SealedKind::RecoveryCode),
                       std::nullopt, {}});
    }
    return store.update([&](vault::Vault &vault) -> Result<void> {
        vault::Account *account = vault.find(id);
        if (!account)
            return vanished();
        if (replace)
            account->recoveryCodes.clear();
        account->recoveryCodes += sealed;
        account->modifiedMs = nowMs;
        return {};
    });
}

Result<std::vector<OpenedRecoveryCode>> recoveryCodes(const vault::VaultStore &store, const QUuid &id)
{
    const vault::Account *account = store.vault().find(id);
    if (!account)
        return vanished();
    std::vector<OpenedRecoveryCode> opened;
    for (const vault::RecoveryCode &code : account->recoveryCodes) {
        auto text = store.sealer().open(code.sealedCode, id, vault::SealedKind::RecoveryCode);
        if (!text)
            return tl::unexpected(text.error());
        opened.push_back({std::move(*text), code.usedAtMs});
    }
    return opened;
}

Result<SecretBytes> useRecoveryCode(vault::VaultStore &store, const QUuid &id, std::int64_t nowMs)
{
    QByteArray handedOut;
    auto used = store.update([&](vault::Vault &vault) -> Result<void> {
        vault::Account *account = vault.find(id);
        if (!account)
            return vanished();
        for (vault::RecoveryCode &code : account->recoveryCodes) {
            if (!code.usedAtMs) {
                code.usedAtMs = nowMs;
                account->modifiedMs = nowMs;
                handedOut = code.sealedCode;
                return {};
            }
        }
        return fail(ErrorCode::NoUnusedRecoveryCodes, account->displayName());
    });
    if (!used)
        return tl::unexpected(used.error());
    return store.sealer().open(handedOut, id, vault::SealedKind::RecoveryCode);
}

} // namespace tessera::session
