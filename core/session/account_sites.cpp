#include "session/account_sites.h"

#include <QHostAddress>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QUrl>

#include <algorithm>

namespace tessera::session {
namespace {

// Qt keeps the Public Suffix List (its own copy, or the system's) behind the cookie rules: a cookie may
// not be set for a whole public suffix. That check is the one public way to ask it.
class PublicSuffixes final : public QNetworkCookieJar
{
public:
    bool contains(const QString &domain) const
    {
        // Both in the Unicode form QUrl::host() gives, or an international name would never match.
        const QString name = QUrl::fromAce(domain.toLatin1());
        QNetworkCookie probe(QByteArrayLiteral("p"), QByteArrayLiteral("1"));
        probe.setDomain(u'.' + name);
        return !validateCookie(probe, QUrl(QStringLiteral("https://probe.") + name + u'/'));
    }
};

// A jar per question: a cheap object, and no QObject shared between the threads imports run on.
bool isPublicSuffix(const QString &domain)
{
    return PublicSuffixes().contains(domain);
}

bool isAddress(const QString &host)
{
    return !QHostAddress(host).isNull() || host.startsWith(u'[');
}

tl::unexpected<Error> notFound(const QUuid &id)
{
    return fail(ErrorCode::AccountNotFound, id.toString(QUuid::WithoutBraces));
}

// Changes the account's list with `change` (false: nothing to change); one save.
template <typename Change>
Result<void> changeSites(vault::VaultStore &store, const QUuid &id, std::int64_t nowMs, Change change)
{
    const vault::Account *current = store.vault().find(id);
    if (!current)
        return notFound(id);
    QStringList probe = current->sites;
    auto changes = change(probe);
    if (!changes)
        return tl::unexpected(changes.error());
    if (!*changes)
        return {};
    return store.update([&](vault::Vault &vault) -> Result<void> {
        vault::Account *account = vault.find(id);
        if (!account)
            return notFound(id); // removed by another program meanwhile
        auto changed = change(account->sites);
        if (!changed)
            return tl::unexpected(changed.error());
        if (*changed)
            account->modifiedMs = nowMs;
        return {};
    });
}

} // namespace

Result<QString> siteFromText(const QString &text)
{
    const QString typed = text.trimmed();
    const QUrl url(typed.contains(QLatin1String("://")) ? typed : QStringLiteral("https://") + typed, QUrl::StrictMode);
    QString host = url.host(QUrl::FullyEncoded); // lower case, and ASCII (IDNA) for international names
    if (typed.isEmpty() || !url.isValid() || host.isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return fail(ErrorCode::InvalidSite, typed);
    if (host.endsWith(u'.'))
        host.chop(1);
    if (isAddress(host))
        return host;
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    if (host.isEmpty() || isPublicSuffix(host))
        return fail(ErrorCode::SiteTooBroad, typed);
    return host;
}

bool siteCovers(const QString &site, const QString &host)
{
    if (site.isEmpty() || host.isEmpty())
        return false;
    return host == site || (!isAddress(site) && host.endsWith(u'.' + site));
}

QString registrableDomain(const QString &host)
{
    if (isAddress(host) || !host.contains(u'.'))
        return host; // an address, or one name alone ("localhost", "intranet"): the host is the site
    const QStringList labels = host.split(u'.');
    // The last label is a public suffix even where the list does not name it (its default rule "*"), so
    // "shop.example" is a site of its own and not a part of "example".
    for (qsizetype first = labels.size() - 2; first >= 0; --first) {
        const QString candidate = labels.mid(first).join(u'.');
        if (!isPublicSuffix(candidate))
            return candidate;
    }
    return {};
}

Result<void> addSite(vault::VaultStore &store, const QUuid &id, const QString &text, std::int64_t nowMs)
{
    auto site = siteFromText(text);
    if (!site)
        return tl::unexpected(site.error());
    return changeSites(store, id, nowMs, [&](QStringList &sites) -> Result<bool> {
        if (sites.contains(*site))
            return false;
        sites.append(*site);
        return true;
    });
}

Result<void> removeSite(vault::VaultStore &store, const QUuid &id, const QString &text, std::int64_t nowMs)
{
    auto site = siteFromText(text);
    const QString wanted = site ? *site : text.trimmed(); // a site kept from before may no longer parse
    return changeSites(store, id, nowMs, [&](QStringList &sites) -> Result<bool> {
        if (!sites.removeOne(wanted))
            return fail(ErrorCode::SiteNotListed, wanted);
        return true;
    });
}

QList<const vault::Account *> accountsForSite(const vault::Vault &vault, const QString &host)
{
    QList<const vault::Account *> found;
    auto page = siteFromText(host);
    if (!page)
        return found;
    for (const vault::Account &account : vault.accounts)
        if (std::any_of(account.sites.cbegin(), account.sites.cend(),
                        [&](const QString &site) { return siteCovers(site, *page); }))
            found.append(&account);
    return found;
}

} // namespace tessera::session
