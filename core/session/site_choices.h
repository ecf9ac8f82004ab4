#pragma once
// What the user answered when the browser asked to fill codes on a website (docs/BROWSER.md): Always or
// Never, kept in the vault so that they follow it to other computers. A page's host is answered by its
// registrable domain's answer ("gist.github.com" by "github.com"); "Once" is the browser's and is not
// kept.

#include "common/error.h"
#include "vault/vault_store.h"

#include <QList>
#include <utility>

namespace tessera::session {

// The answer for the page's host: Ask when there is none (or the host is not a website).
vault::SiteDecision decisionFor(const vault::Vault &vault, const QString &host);
// Keeps the answer for the host's registrable domain; Ask forgets it. One save, none when unchanged.
Result<void> decideForSite(vault::VaultStore &store, const QString &host, vault::SiteDecision decision);
// The sites answered Always or Never, by site, for the settings' list.
QList<std::pair<QString, vault::SiteDecision>> siteAnswers(const vault::Vault &vault);

} // namespace tessera::session
