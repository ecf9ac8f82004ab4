#include "session/browser_codes.h"

#include "session/account_operations.h"
#include "session/account_sites.h"
#include "session/site_choices.h"

#include <QJsonArray>

namespace tessera::session {

BrowserSiteStep browserSiteStep(const vault::Vault &vault, const QString &host)
{
    const vault::SiteDecision decision = decisionFor(vault, host);
    if (decision == vault::SiteDecision::Never)
        return BrowserSiteStep::Never;
    if (accountsForSite(vault, host).isEmpty())
        return BrowserSiteStep::NoAccount;
    return decision == vault::SiteDecision::Always ? BrowserSiteStep::Fill : BrowserSiteStep::Ask;
}

Result<QJsonObject> browserCodeAnswer(vault::VaultStore &store, const QString &host, const std::optional<QUuid> &account,
                                      qint64 nowMs)
{
    const QList<const vault::Account *> accounts = accountsForSite(store.vault(), host);
    const vault::Account *chosen = nullptr;
    for (const vault::Account *candidate : accounts)
        if (account ? candidate->id == *account : accounts.size() == 1)
            chosen = candidate;
    if (!chosen && (account || accounts.isEmpty()))
        return QJsonObject{{QStringLiteral("none"), true}};
    if (!chosen) {
        QJsonArray choices;
        for (const vault::Account *candidate : accounts)
            choices.append(QJsonObject{{QStringLiteral("id"), candidate->id.toString(QUuid::WithoutBraces)},
                                       {QStringLiteral("account"), candidate->displayName()}});
        return QJsonObject{{QStringLiteral("choose"), choices}};
    }
    const QUuid id = chosen->id;
    const QString name = chosen->displayName();
    auto code = currentCode(store, id, nowMs);
    if (!code)
        return tl::unexpected(code.error());
    return QJsonObject{{QStringLiteral("code"), QString::fromStdString(*code)}, {QStringLiteral("account"), name}};
}

} // namespace tessera::session
