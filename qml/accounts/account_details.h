#pragma once
// What the details page shows of an account, typed for QML (no secrets: the key and the recovery codes
// are shown only through RevealedSecrets). Dates are in the user's locale.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tessera::vault {
struct Account;
}

namespace tessera::bridge {

class AccountDetails
{
    Q_GADGET
    QML_VALUE_TYPE(accountDetails)
    Q_PROPERTY(bool valid MEMBER valid CONSTANT)
    Q_PROPERTY(QString accountId MEMBER accountId CONSTANT)
    Q_PROPERTY(QString issuer MEMBER issuer CONSTANT)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QString group MEMBER group CONSTANT)
    Q_PROPERTY(QString notes MEMBER notes CONSTANT)
    Q_PROPERTY(QStringList sites MEMBER sites CONSTANT) // the websites it signs in on (session/account_sites.h)
    Q_PROPERTY(bool favourite MEMBER favourite CONSTANT)
    Q_PROPERTY(QString icon MEMBER icon CONSTANT) // the account's own choice (icons/account_icon.h)
    Q_PROPERTY(Kind kind MEMBER kind CONSTANT)
    Q_PROPERTY(bool counterBased READ counterBased CONSTANT)
    Q_PROPERTY(bool steam READ steam CONSTANT)
    Q_PROPERTY(QString algorithm MEMBER algorithm CONSTANT)
    Q_PROPERTY(int digits MEMBER digits CONSTANT)
    Q_PROPERTY(qint64 period MEMBER period CONSTANT)
    Q_PROPERTY(QString counter MEMBER counter CONSTANT)
    Q_PROPERTY(QString created MEMBER created CONSTANT)
    Q_PROPERTY(QString modified MEMBER modified CONSTANT)
    // The recovery codes' state in vault order, without the codes themselves.
    Q_PROPERTY(QList<bool> recoveryUsed MEMBER recoveryUsed CONSTANT)
    Q_PROPERTY(QStringList recoveryUsedAt MEMBER recoveryUsedAt CONSTANT)
    Q_PROPERTY(int recoveryTotal READ recoveryTotal CONSTANT)
    Q_PROPERTY(int recoveryUnused MEMBER recoveryUnused CONSTANT)
public:
    enum Kind { Totp, Hotp, Steam };
    Q_ENUM(Kind)

    static AccountDetails of(const vault::Account &account);

    bool counterBased() const { return kind == Hotp; }
    bool steam() const { return kind == Steam; }
    int recoveryTotal() const { return int(recoveryUsed.size()); }

    bool valid = false;
    QString accountId;
    QString issuer;
    QString name;
    QString title; // the issuer, else the name
    QString group;
    QString notes;
    QStringList sites;
    bool favourite = false;
    QString icon;
    Kind kind = Totp;
    QString algorithm;
    int digits = 0;
    qint64 period = 0;
    QString counter; // text: a 64-bit counter does not fit a JavaScript number
    QString created;
    QString modified;
    QList<bool> recoveryUsed;
    QStringList recoveryUsedAt;
    int recoveryUnused = 0;
};

} // namespace tessera::bridge
