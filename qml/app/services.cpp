#include "app/services.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "app/clipboard_guard.h"
#include "app/ticker.h"
#include "app/vault_session.h"

namespace tessera::bridge {

Services::Services(const QString &vaultPath, Clock clock, session::Preferences *preferences,
                   CountdownFactory countdowns, QObject *parent)
    : QObject(parent), m_countdowns(std::move(countdowns)), m_preferences(preferences),
      m_session(new VaultSession(vaultPath, this)),
      m_ticker(new Ticker(std::move(clock), m_countdowns(Qt::PreciseTimer), this)),
      m_clipboard(new ClipboardGuard(m_countdowns(Qt::CoarseTimer), this)),
      m_accounts(new AccountListModel(m_session, m_ticker, preferences, this)),
      m_filtered(new AccountFilterModel(preferences, this))
{
    m_filtered->setSourceModel(m_accounts);
}

Services::~Services()
{
    m_clipboard->clearNow();
    m_session->close();
}

} // namespace tessera::bridge
