#include "account_filter_model.h"

#include "account_list_model.h"

namespace tessera::bridge {

AccountFilterModel::AccountFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    // The countdown and code roles change every second; naming the roles sorting and filtering read
    // (an edit changes all roles at once) keeps those updates from re-sorting the list.
    setSortRole(AccountListModel::UseCountRole);
    setFilterRole(AccountListModel::IssuerRole);
    connect(this, &QAbstractItemModel::rowsInserted, this, &AccountFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &AccountFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &AccountFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &AccountFilterModel::countChanged);
    sort(0);
}

void AccountFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
    emit searchTextChanged();
    emit countChanged();
}

void AccountFilterModel::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateFilter();
    emit groupChanged();
    emit countChanged();
}

void AccountFilterModel::setSortMode(SortMode mode)
{
    if (mode == m_sortMode)
        return;
    m_sortMode = mode;
    resort();
    emit sortModeChanged();
}

void AccountFilterModel::setFavouritesFirst(bool on)
{
    if (on == m_favouritesFirst)
        return;
    m_favouritesFirst = on;
    resort();
    emit favouritesFirstChanged();
}

QString AccountFilterModel::idAt(int row) const
{
    return data(index(row, 0), AccountListModel::IdRole).toString();
}

void AccountFilterModel::resort()
{
    invalidate();
    sort(0);
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_group.isEmpty() && i.data(AccountListModel::GroupRole).toString() != m_group)
        return false;
    const QString query = m_search.trimmed();
    if (query.isEmpty())
        return true;
    // Every word must appear in the issuer or the name: "goo ali" finds Google (alice).
    const QString haystack = i.data(AccountListModel::IssuerRole).toString() + u' ' +
                             i.data(AccountListModel::NameRole).toString();
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(),
                       [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); });
}

bool AccountFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_favouritesFirst) {
        const bool l = left.data(AccountListModel::FavouriteRole).toBool();
        const bool r = right.data(AccountListModel::FavouriteRole).toBool();
        if (l != r)
            return l;
    }
    switch (m_sortMode) {
    case ByIssuer: {
        const int byIssuer = QString::localeAwareCompare(left.data(AccountListModel::IssuerRole).toString(),
                                                         right.data(AccountListModel::IssuerRole).toString());
        if (byIssuer != 0)
            return byIssuer < 0;
        const int byName = QString::localeAwareCompare(left.data(AccountListModel::NameRole).toString(),
                                                       right.data(AccountListModel::NameRole).toString());
        if (byName != 0)
            return byName < 0;
        break;
    }
    case MostUsed: {
        const int l = left.data(AccountListModel::UseCountRole).toInt();
        const int r = right.data(AccountListModel::UseCountRole).toInt();
        if (l != r)
            return l > r;
        break;
    }
    case Manual:
        break;
    }
    return left.row() < right.row(); // the vault's order, which drag and drop changes
}

} // namespace tessera::bridge
