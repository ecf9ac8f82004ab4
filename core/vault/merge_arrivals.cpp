#include "vault/merge_arrivals.h"

#include <QHash>

namespace tessera::vault {

Arrivals &Arrivals::operator+=(const Arrivals &other)
{
    added += other.added;
    changed += other.changed;
    removed += other.removed;
    return *this;
}

Arrivals arrivalsBetween(const Vault &before, const Vault &after)
{
    QHash<QUuid, const Account *> listedBefore;
    for (const Account &a : before.accounts)
        listedBefore.insert(a.id, &a);
    Arrivals arrivals;
    for (const Account &now : after.accounts) {
        const Account *old = listedBefore.take(now.id);
        if (!old)
            ++arrivals.added;
        else if (old->stamps != now.stamps || old->params.counter != now.params.counter ||
                 old->unusedRecoveryCodes() != now.unusedRecoveryCodes())
            ++arrivals.changed;
    }
    arrivals.removed = static_cast<int>(listedBefore.size());
    return arrivals;
}

} // namespace tessera::vault
