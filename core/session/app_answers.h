#pragma once
// What the unlocked app answers tessera-cli over the local channel (channel/app_request.h): the same
// session calls the CLI makes on the file, made on the app's open vault. Only reading requests exist;
// an HOTP code and a recovery code are the exceptions that change the vault, as they do from the file.

#include "channel/app_request.h"
#include "common/error.h"
#include "vault/vault_store.h"

#include <QCborValue>
#include <QJsonObject>

namespace tessera::session {

// An account as `tessera-cli list --json` shows it (never a secret).
QJsonObject describeAccount(const vault::Account &account);

// Whether answering changes the vault: an HOTP code moves its counter, a recovery code is marked used.
bool requestChangesVault(const vault::Vault &vault, const channel::AppRequest &request);

// The answer's payload: for Code {"code", "account"}, for List the array of describeAccount, for
// RecoveryList {"account", "codes": [{"code", "used"}]}, for RecoveryUse {"code", "account", "unused"}.
// The first answers only requests that change nothing (an open app need not reload for a TOTP code).
Result<QCborValue> answerReading(const vault::VaultStore &store, const channel::AppRequest &request, std::int64_t nowMs);
Result<QCborValue> answerRequest(vault::VaultStore &store, const channel::AppRequest &request, std::int64_t nowMs);

// What the request asks for, in words for the approval prompt: "the code for GitHub (me@example.com)".
// Checked against the vault first: a request for an account that is not there gets its error instead.
Result<QString> requestSubject(const vault::Vault &vault, const channel::AppRequest &request);
// The same while the vault is locked, when only what was typed is known: "a code for “github”".
QString requestSubjectWhileLocked(const channel::AppRequest &request);

} // namespace tessera::session
