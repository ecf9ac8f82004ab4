#pragma once
// The websites an account signs in on (issue 22: the browser extension fills the code there). What a
// user types ("https://GitHub.com/login", "www.github.com", "bücher.de") is kept one way: a lower-case
// ASCII host name without "www.". A public suffix ("com", "co.uk", "github.io") is refused, since it would
// cover other people's sites; Qt's copy of the Public Suffix List decides what is one. A site covers its
// own host and every host under it, so "github.com" also signs in on "gist.github.com".

#include "common/error.h"
#include "vault/vault_store.h"

#include <QString>

namespace tessera::session {

// The site as the vault keeps it, or InvalidSite with the reason.
Result<QString> siteFromText(const QString &text);
// Whether a site on an account covers a page's host (both as siteFromText gives them).
bool siteCovers(const QString &site, const QString &host);
// The shortest name under which nobody but one owner registers: "gist.github.com" → "github.com",
// "me.github.io" → "me.github.io", "shop.example" → "shop.example" (a top-level name the Public Suffix
// List does not know is still one). Empty for a public suffix itself; a single name is its own.
QString registrableDomain(const QString &host);

// The accounts that sign in on the page's host (one of their websites covers it), in the user's order;
// none for a host that is not a website. Several: the page offers a chooser.
QList<const vault::Account *> accountsForSite(const vault::Vault &vault, const QString &host);

// Adds the site to the account's list (nothing when already there) or takes it out (AccountNotFound's
// sibling, InvalidSite, when it is not on the list). One save each.
Result<void> addSite(vault::VaultStore &store, const QUuid &id, const QString &text, std::int64_t nowMs);
Result<void> removeSite(vault::VaultStore &store, const QUuid &id, const QString &text, std::int64_t nowMs);


} // namespace tessera::session
