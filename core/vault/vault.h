#pragma once
// The open vault in memory: its accounts, and the entries that could not be read, which are kept
// aside (and written back unchanged) instead of failing the whole vault.

#include "vault/account.h"

#include <QList>

namespace tessera::vault {

struct QuarantinedAccount
{
    QJsonObject raw;
    QString reason;
};

class Vault
{
public:
    QList<Account> accounts;
    QList<QuarantinedAccount> quarantined;

    Account *find(const QUuid &id);
    const Account *find(const QUuid &id) const;
    bool remove(const QUuid &id);

    // Accounts whose "Issuer:Name", issuer or name equals the query (any case); when none does, those
    // whose issuer or name contains it. An exact match never drowns in partial ones.
    QList<const Account *> match(const QString &query) const;
};

} // namespace tessera::vault
