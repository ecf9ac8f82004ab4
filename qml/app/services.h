#pragma once
// Everything the QML controllers share, made once in main() (or a test) before the QML engine loads:
// the open vault, the one ticker, the clipboard guard and the account list. Controllers are QML
// singletons whose create() hands out the instances made here (Qt 6.4 needs the types to be not
// default-constructible for that, see STYLE.md).

#include "common/clock.h"

#include <QObject>
#include <QString>

namespace tessera::bridge {

class VaultSession;
class Ticker;
class ClipboardGuard;
class AccountListModel;
class AccountFilterModel;

class Services : public QObject
{
    Q_OBJECT
public:
    Services(const QString &vaultPath, Clock clock, QObject *parent = nullptr);
    ~Services() override;

    static Services *instance();

    VaultSession *session() const { return m_session; }
    Ticker *ticker() const { return m_ticker; }
    ClipboardGuard *clipboard() const { return m_clipboard; }
    AccountListModel *accounts() const { return m_accounts; }
    AccountFilterModel *filteredAccounts() const { return m_filtered; }

private:
    VaultSession *m_session;
    Ticker *m_ticker;
    ClipboardGuard *m_clipboard;
    AccountListModel *m_accounts;
    AccountFilterModel *m_filtered;
};

} // namespace tessera::bridge
