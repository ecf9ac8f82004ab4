#include "app/services.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "app/clipboard_guard.h"
#include "app/ticker.h"
#include "app/vault_session.h"

namespace tessera::bridge {

namespace {
Services *g_instance = nullptr;
} // namespace

Services::Services(const QString &vaultPath, Clock clock, QObject *parent)
    : QObject(parent), m_session(new VaultSession(vaultPath, this)), m_ticker(new Ticker(std::move(clock), this)),
      m_clipboard(new ClipboardGuard(this)), m_accounts(new AccountListModel(m_session, m_ticker, this)),
      m_filtered(new AccountFilterModel(this))
{
    m_filtered->setSourceModel(m_accounts);
    g_instance = this;
}

Services::~Services()
{
    m_clipboard->clearNow();
    m_session->close();
    if (g_instance == this)
        g_instance = nullptr;
}

Services *Services::instance()
{
    return g_instance;
}

} // namespace tessera::bridge
