#include "vault/vault.h"

#include <algorithm>

namespace tessera::vault {

void Vault::normalise()
{
    QList<Account> all;
    all.reserve(accounts.size() + removed.size());
    all.append(std::move(accounts));
    all.append(std::move(removed));
    accounts.clear();
    removed.clear();
    for (Account &a : all)
        (a.isRemoved() ? removed : accounts).append(std::move(a));
    std::sort(accounts.begin(), accounts.end(), [](const Account &x, const Account &y) {
        return x.order != y.order ? x.order < y.order : x.id < y.id;
    });
    std::sort(removed.begin(), removed.end(), [](const Account &x, const Account &y) { return x.id < y.id; });
}

Account *Vault::find(const QUuid &id)
{
    for (Account &a : accounts)
        if (a.id == id)
            return &a;
    return nullptr;
}

const Account *Vault::find(const QUuid &id) const
{
    return const_cast<Vault *>(this)->find(id);
}

bool Vault::remove(const QUuid &id)
{
    return accounts.removeIf([&](const Account &a) { return a.id == id; }) > 0;
}

QList<const Account *> Vault::match(const QString &query) const
{
    const QString q = query.trimmed();
    QList<const Account *> exact, partial;
    if (q.isEmpty())
        return {};
    for (const Account &a : accounts) {
        const bool isExact = (a.issuer + u':' + a.name).compare(q, Qt::CaseInsensitive) == 0 ||
                             a.issuer.compare(q, Qt::CaseInsensitive) == 0 ||
                             a.name.compare(q, Qt::CaseInsensitive) == 0 ||
                             (q.size() >= 8 && a.id.toString(QUuid::WithoutBraces).startsWith(q, Qt::CaseInsensitive));
        if (isExact)
            exact.append(&a);
        else if (a.issuer.contains(q, Qt::CaseInsensitive) || a.name.contains(q, Qt::CaseInsensitive))
            partial.append(&a);
    }
    return exact.isEmpty() ? partial : exact;
}

} // namespace tessera::vault
