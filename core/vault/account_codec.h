#pragma once
// An account as a JSON object in the vault payload (docs/VAULT_FORMAT.md). Reading is strict about
// what a code needs (id, type, algorithm, digits, period or counter, sealed secret) and keeps fields it
// does not know.

#include "common/error.h"
#include "vault/account.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace tessera::vault {

// The computers named in change stamps, written once in the payload ("devices") and referred to by
// their index: a device id is 32 characters, and an account has up to eight stamps.
struct StampDevices
{
    QStringList names;
    QHash<QString, int> indexes;
    int indexOf(const QString &device);
};

// A change stamp as [ms, device index], and back (Corrupted when it is not that).
QJsonArray stampToJson(const ChangeStamp &stamp, StampDevices &devices);
Result<ChangeStamp> stampFromJson(const QJsonValue &entry, const QStringList &devices);

QJsonObject accountToJson(const Account &account, StampDevices &devices);
// Fails with ErrorCode::Corrupted and the reason in detail; the caller quarantines the entry.
Result<Account> accountFromJson(const QJsonObject &object, const QStringList &devices);

} // namespace tessera::vault
