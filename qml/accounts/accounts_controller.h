#pragma once
// What the user does with the accounts in the list and the details page: copy a code, ask for the
// next HOTP code, edit, favour, reorder, delete with undo, reveal the secret, and recovery codes.
// Every change is a core/session call (account_edits.h, account_operations.h); what happened, or what
// went wrong, is one sentence in status or errorString (Controller).

#include "accounts/account_details.h"
#include "accounts/revealed_secrets.h"
#include "app/controller.h"
#include "session/account_edits.h"

#include <QtQml/qqmlregistration.h>
#include <optional>

namespace tessera::bridge {

class Services;
class AccountFilterModel;

class AccountsController : public Controller, public QmlSingleton<AccountsController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(tessera::bridge::AccountFilterModel *model READ model CONSTANT)
    Q_PROPERTY(QStringList groups READ groups NOTIFY groupsChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY groupsChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    // The secret key and recovery codes the user asked to see; hidden again on lock and page close.
    Q_PROPERTY(tessera::bridge::RevealedSecrets *revealed READ revealed CONSTANT)
public:
    explicit AccountsController(Services *services, QObject *parent = nullptr);

    AccountFilterModel *model() const;
    QStringList groups() const;
    int totalCount() const;
    bool canUndo() const { return m_removed.has_value(); }
    RevealedSecrets *revealed() { return &m_revealed; }

    Q_INVOKABLE bool copyCode(const QString &id);
    // The code to give the user now (an HOTP account's next one is made first), counted as a use; the
    // quick picker copies or types it. Nullopt with errorString when there is none.
    std::optional<QString> codeToUse(const QString &id);
    // Onto the clipboard, cleared after the user's delay.
    void copyToClipboard(const QString &code);
    Q_INVOKABLE bool nextHotpCode(const QString &id);
    // An invalid value (valid false) when the account is not there, with the reason in errorString.
    Q_INVOKABLE tessera::bridge::AccountDetails details(const QString &id);
    Q_INVOKABLE bool edit(const QString &id, const QString &issuer, const QString &name, const QString &group,
                          const QString &notes);
    Q_INVOKABLE bool setFavourite(const QString &id, bool favourite);
    // icon: "" automatic, ServiceIcons' value for a chosen icon, "letter"; a file: a picture's URL.
    Q_INVOKABLE bool setIcon(const QString &id, const QString &icon);
    Q_INVOKABLE bool setIconFromFile(const QString &id, const QUrl &file);
    Q_INVOKABLE bool move(const QString &id, const QString &beforeId);
    // Dropped onto another row: lands after it when dragged down, before it when dragged up.
    Q_INVOKABLE bool moveOnto(const QString &id, const QString &targetId);
    // One place up (-1) or down (+1) among the rows shown.
    Q_INVOKABLE bool moveBy(const QString &id, int step);
    Q_INVOKABLE bool remove(const QString &id);
    Q_INVOKABLE bool undoRemove();
    // Shows the key (groups of four) or the recovery codes in `revealed`; false, with errorString, when
    // they cannot be opened.
    Q_INVOKABLE bool revealSecret(const QString &id);
    Q_INVOKABLE bool revealRecoveryCodes(const QString &id);
    Q_INVOKABLE bool copyNextRecoveryCode(const QString &id);
    // The websites the account signs in on; a site a user types that is not one is said (errorString).
    Q_INVOKABLE bool addSite(const QString &id, const QString &site);
    Q_INVOKABLE bool removeSite(const QString &id, const QString &site);
    Q_INVOKABLE bool addRecoveryCodes(const QString &id, const QString &text, bool replace);

signals:
    void undoableMessage(const QString &text); // a toast with Undo: an account was deleted
    void groupsChanged();
    void undoChanged();

private:
    int clipboardSeconds() const;
    void copied(const QString &text, const QString &what);

    Services *m_services;
    RevealedSecrets m_revealed;
    std::optional<session::RemovedAccount> m_removed;
};

} // namespace tessera::bridge
