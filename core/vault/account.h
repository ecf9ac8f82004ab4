#pragma once
// One account in the vault. Its secret and recovery codes stay sealed (SecretSealer) while the vault
// is open; they are opened into SecretBytes only for the moment they are used.

#include "otp/otp_params.h"
#include "vault/change_stamp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace tessera::vault {

// A service's one-time backup code (MyKerio, Gcore, GitHub…), usable once.
struct RecoveryCode
{
    QByteArray sealedCode;
    std::optional<qint64> usedAtMs;
    // Tells the same code apart in two copies of the vault (its sealed bytes differ in each copy once
    // sealed again); random when added, derived from the sealed bytes for codes from before.
    QString id;
};

// When each part of an account last changed; the parts merge on their own (vault_merge.h), so a rename
// on one computer and a new icon on another are both kept.
struct AccountStamps
{
    ChangeStamp label;        // issuer, name
    ChangeStamp code;         // type, algorithm, digits, period, secret (an HOTP counter takes the larger)
    ChangeStamp organisation; // group, favourite
    ChangeStamp icon;
    ChangeStamp notes;
    ChangeStamp position;     // the place in the user's own order
    ChangeStamp recoverySet;  // when the recovery codes were last replaced by a new set (adding is not)
    ChangeStamp sites;        // the websites the account signs in on
    ChangeStamp removal;      // when it was deleted; an account changed after that is there again

    // The latest change of any part but the removal.
    ChangeStamp latestEdit() const;
    friend bool operator==(const AccountStamps &, const AccountStamps &) = default;
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
    // The websites where this account signs in, as host names (lower case, ASCII: "github.com"); the
    // browser extension fills its code on them and on their subdomains (session/account_sites.h).
    QStringList sites;
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
    QList<RecoveryCode> recoveryCodes;
    // The place in the user's own order: accounts are listed by (order, id). A move gives only the
    // moved account a new value between its neighbours', so two computers' moves merge.
    double order = 0;
    AccountStamps stamps;
    QJsonObject unknownFields; // written by a newer Tessera: kept so saving loses nothing

    // "Issuer (name)", "Issuer" or "name": how the account is named to the user.
    QString displayName() const;
    qsizetype unusedRecoveryCodes() const;
    // Deleted, and not changed since (so it is not listed, only kept for merging).
    bool isRemoved() const { return !stamps.removal.isNull() && stamps.removal >= stamps.latestEdit(); }
};

} // namespace tessera::vault
