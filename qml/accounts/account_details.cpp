#include "accounts/account_details.h"

#include "vault/account.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>

namespace tessera::bridge {
namespace {

QString shortDate(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

AccountDetails::Kind kindOf(otp::OtpType type)
{
    switch (type) {
    case otp::OtpType::Hotp:
        return AccountDetails::Hotp;
    case otp::OtpType::Steam:
        return AccountDetails::Steam;
    case otp::OtpType::Totp:
        break;
    }
    return AccountDetails::Totp;
}

} // namespace

AccountDetails AccountDetails::of(const vault::Account &a)
{
    AccountDetails d;
    d.valid = true;
    d.accountId = a.id.toString(QUuid::WithoutBraces);
    d.issuer = a.issuer;
    d.name = a.name;
    d.title = a.issuer.isEmpty() ? a.name : a.issuer;
    d.group = a.group;
    d.notes = a.notes;
    d.sites = a.sites;
    d.favourite = a.favourite;
    d.icon = a.icon;
    d.kind = kindOf(a.params.type);
    d.algorithm = otp::algorithmName(a.params.algorithm);
    d.digits = a.params.digits;
    d.period = static_cast<qint64>(a.params.periodSeconds);
    d.counter = QString::number(a.params.counter);
    d.created = shortDate(a.createdMs);
    d.modified = shortDate(a.modifiedMs);
    for (const vault::RecoveryCode &code : a.recoveryCodes) {
        d.recoveryUsed.append(code.usedAtMs.has_value());
        d.recoveryUsedAt.append(code.usedAtMs ? shortDate(*code.usedAtMs) : QString());
    }
    d.recoveryUnused = a.unusedRecoveryCodes();
    return d;
}

} // namespace tessera::bridge
