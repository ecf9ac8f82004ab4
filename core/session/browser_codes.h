#pragma once
// What the app answers a paired extension's code request, once opened (docs/BROWSER.md): which step
// the tab's site is at (answered Never, no account signs in there, to be asked about, or to be filled),
// and the answer itself: the code of the one account, or the accounts to choose from.

#include "common/error.h"
#include "vault/vault_store.h"

#include <QJsonObject>
#include <QUuid>
#include <optional>

namespace tessera::session {

enum class BrowserSiteStep {
    Never,     // the user answered Never for the site: {"never": true}
    NoAccount, // no account's websites cover the host: {"none": true}, and nobody is asked
    Ask,       // the user has not answered for the site: ask "Always / Once / Never" first
    Fill,      // answered Always: browserCodeAnswer
};
BrowserSiteStep browserSiteStep(const vault::Vault &vault, const QString &host);

// {"code", "account"} for the one account covering the host (or the chosen `account`, which must be
// one of them), {"choose": [{"id", "account"}…]} when several do and none was chosen, {"none": true}
// when none does. An HOTP account's counter moves on, as for any code shown.
Result<QJsonObject> browserCodeAnswer(vault::VaultStore &store, const QString &host, const std::optional<QUuid> &account,
                                      qint64 nowMs);

} // namespace tessera::session
