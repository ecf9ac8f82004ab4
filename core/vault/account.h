#pragma once
// One account in the vault. Its secret and recovery codes stay sealed (SecretSealer) while the vault
// is open; they are opened into SecretBytes only for the moment they are used.

#include "otp/otp_params.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace tessera::vault {

// A service's one-time backup code (MyKerio, Gcore, GitHub…), usable once.
struct RecoveryCode
{
    QByteArray sealedCode;
    std::optional<qint64> usedAtMs;
};

struct Account
{
    QUuid id;
    QString issuer;
    QString name;
    otp::OtpParams params;
    QByteArray sealedSecret;
    QString group;
    bool favourite = false;
    QString icon; // optional: an icon name or data: URL chosen by the user
    QString notes;
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
    QList<RecoveryCode> recoveryCodes;
    QJsonObject unknownFields; // written by a newer Tessera: kept so saving loses nothing

    // "Issuer (name)", "Issuer" or "name": how the account is named to the user.
    QString displayName() const;
    qsizetype unusedRecoveryCodes() const;
};

} // namespace tessera::vault
