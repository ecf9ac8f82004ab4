#include "session/site_choices.h"

#include "session/account_sites.h"

namespace tessera::session {
namespace {

// The key an answer is kept under: the registrable domain of what the user or the page gave.
Result<QString> answerKey(const QString &host)
{
    auto site = siteFromText(host);
    if (!site)
        return site;
    const QString domain = registrableDomain(*site);
    if (domain.isEmpty())
        return fail(ErrorCode::SiteTooBroad, host);
    return domain;
}

} // namespace

vault::SiteDecision decisionFor(const vault::Vault &vault, const QString &host)
{
    auto key = answerKey(host);
    if (!key)
        return vault::SiteDecision::Ask;
    return vault.siteChoices.value(*key).decision;
}

Result<void> decideForSite(vault::VaultStore &store, const QString &host, vault::SiteDecision decision)
{
    auto key = answerKey(host);
    if (!key)
        return tl::unexpected(key.error());
    if (decisionFor(store.vault(), *key) == decision)
        return {};
    return store.update([&](vault::Vault &vault) -> Result<void> {
        if (decision == vault::SiteDecision::Ask)
            vault.siteChoices.remove(*key); // kept as Ask by the save, so other copies learn of it
        else
            vault.siteChoices.insert(*key, vault::SiteChoice{decision, {}}); // stamped by the save
        return {};
    });
}

QList<std::pair<QString, vault::SiteDecision>> siteAnswers(const vault::Vault &vault)
{
    QList<std::pair<QString, vault::SiteDecision>> answers;
    for (auto it = vault.siteChoices.cbegin(); it != vault.siteChoices.cend(); ++it)
        if (it->decision != vault::SiteDecision::Ask)
            answers.append({it.key(), it->decision});
    return answers;
}

} // namespace tessera::session
