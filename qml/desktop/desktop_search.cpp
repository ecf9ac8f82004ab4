#include "desktop/desktop_search.h"

#include "app/vault_session.h"
#include "session/account_operations.h"

namespace tessera::bridge {
namespace {

constexpr int kMostResults = 20;

} // namespace

DesktopSearch::DesktopSearch(VaultSession *session, std::function<void(const QUuid &)> copy, QObject *parent)
    : QObject(parent), m_session(session), m_copy(std::move(copy))
{
}

DesktopSearch::~DesktopSearch() = default;

QList<QUuid> DesktopSearch::find(const QStringList &terms) const
{
    const vault::Vault *vault = m_session->vault();
    return vault ? session::searchAccounts(*vault, terms, kMostResults) : QList<QUuid>{};
}

QString DesktopSearch::title(const QUuid &id) const
{
    const vault::Account *account = m_session->find(id);
    if (!account)
        return {};
    return account->issuer.isEmpty() ? account->name : account->issuer;
}

QString DesktopSearch::description(const QUuid &id) const
{
    const vault::Account *account = m_session->find(id);
    if (!account || account->issuer.isEmpty())
        return {};
    return account->name;
}

void DesktopSearch::activate(const QUuid &id)
{
    if (m_session->find(id)) // locked, or gone since the search: nothing to copy
        m_copy(id);
}

} // namespace tessera::bridge
