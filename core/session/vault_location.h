#pragma once
// Where the vault lives and what names its local channels. Apart from opening it (vault_access.h), so
// that tessera-cli's lean start (`code`, answered by the running app) links none of the vault's code.

#include <QString>

namespace tessera::session {

// GenericDataLocation/tessera/vault.tessera (~/.local/share/tessera on Linux), the same for both faces.
QString defaultVaultPath();
// The vault a face works on: the --vault option when given, else $TESSERA_VAULT, else where the user
// moved it (moveVault), else the default.
QString resolveVaultPath(const QString &vaultOption);
// What names the local channels of one vault of this user (the running app's, for a second launch and
// for tessera-cli): the home folder and the vault's absolute path, so any working folder finds it.
QString localChannelKey(const QString &vaultPath);

// Remembers `path` as the vault both faces open by default (the first run's "Open a vault from
// another computer…"); the default path forgets any other.
void rememberVaultPath(const QString &path);

} // namespace tessera::session
