#pragma once
// The browser pairs (vault.h, BrowserPair) as the payload's "browserPairs" array (docs/VAULT_FORMAT.md).
// An entry that cannot be read is left out: that browser is asked about again, which is safe, rather
// than failing the vault.

#include "vault/account_codec.h"
#include "vault/vault.h"

namespace tessera::vault {

QJsonArray browserPairsToJson(const QList<BrowserPair> &pairs, StampDevices &devices);
QList<BrowserPair> browserPairsFrom(const QJsonArray &array, const QStringList &devices);

// Each pair by its id, the later stamp winning (a forgotten one over a kept one at the same stamp), so
// the result does not depend on which copy came first.
QList<BrowserPair> mergeBrowserPairs(const QList<BrowserPair> &a, const QList<BrowserPair> &b);

} // namespace tessera::vault
