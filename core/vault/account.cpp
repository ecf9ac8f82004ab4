#include "vault/account.h"

#include <algorithm>

namespace tessera::vault {

ChangeStamp AccountStamps::latestEdit() const
{
    return std::max({label, code, organisation, icon, notes, position, recoverySet, sites});
}

QString Account::displayName() const
{
    if (issuer.isEmpty())
        return name;
    if (name.isEmpty())
        return issuer;
    return issuer + QStringLiteral(" (") + name + u')';
}

qsizetype Account::unusedRecoveryCodes() const
{
    return std::count_if(recoveryCodes.begin(), recoveryCodes.end(),
                         [](const RecoveryCode &c) { return !c.usedAtMs.has_value(); });
}

} // namespace tessera::vault
