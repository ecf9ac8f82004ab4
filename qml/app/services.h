#pragma once
// Everything the QML controllers share, made once by the composition root (app_root.h): the
// preferences, the open vault, the one ticker, the clipboard guard and the account list.

#include "app/countdown.h"
#include "common/clock.h"

#include <QObject>
#include <QString>

namespace tessera::session {
class Preferences;
}

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
    Services(const QString &vaultPath, Clock clock, session::Preferences *preferences, CountdownFactory countdowns,
             QObject *parent = nullptr);
    ~Services() override;


    VaultSession *session() const { return m_session; }
    Ticker *ticker() const { return m_ticker; }
    ClipboardGuard *clipboard() const { return m_clipboard; }
    AccountListModel *accounts() const { return m_accounts; }
    AccountFilterModel *filteredAccounts() const { return m_filtered; }
    session::Preferences *preferences() const { return m_preferences; }
    // Every delay the app waits on is made here, so a test can run them by hand.
    std::unique_ptr<Countdown> makeCountdown(Qt::TimerType type = Qt::CoarseTimer) const { return m_countdowns(type); }

private:
    CountdownFactory m_countdowns;
    session::Preferences *m_preferences;
    VaultSession *m_session;
    Ticker *m_ticker;
    ClipboardGuard *m_clipboard;
    AccountListModel *m_accounts;
    AccountFilterModel *m_filtered;
};

} // namespace tessera::bridge
