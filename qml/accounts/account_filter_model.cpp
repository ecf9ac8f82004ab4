#include "accounts/account_filter_model.h"

#include "accounts/account_list_model.h"
#include "session/preferences.h"

#include <algorithm>

namespace tessera::bridge {
namespace {

// More separate stretches of rows than this appearing or going at once (a search keystroke in a long
// list) and the view is reset instead: it then rebuilds only the rows it shows, where each stretch
// would cost it a pass of its own.
constexpr std::size_t kMostRunsToAnnounce = 16;

} // namespace

AccountFilterModel::AccountFilterModel(session::Preferences *preferences, QObject *parent)
    : QAbstractListModel(parent), m_preferences(preferences)
{
    if (m_preferences) {
        m_sortMode = static_cast<SortMode>(m_preferences->listOrder());
        m_favouritesFirst = m_preferences->favouritesFirst();
    }
    connect(this, &QAbstractItemModel::modelReset, this, &AccountFilterModel::countChanged);
}

void AccountFilterModel::setSourceModel(AccountListModel *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    beginResetModel();
    m_source = source;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            computePlaces();
            m_rows = shownRows();
            remapShownRows();
            endResetModel();
        });
        connect(m_source, &QAbstractItemModel::dataChanged, this, &AccountFilterModel::onSourceDataChanged);
        // The account list resets or changes data; anything else it might send is taken as a reset too.
        const auto resetFromSource = [this] {
            beginResetModel();
            computePlaces();
            m_rows = shownRows();
            remapShownRows();
            endResetModel();
        };
        connect(m_source, &QAbstractItemModel::rowsInserted, this, resetFromSource);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, resetFromSource);
        connect(m_source, &QAbstractItemModel::rowsMoved, this, resetFromSource);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, resetFromSource);
    }
    computePlaces();
    m_rows = shownRows();
    remapShownRows();
    endResetModel();
}

int AccountFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountFilterModel::data(const QModelIndex &index, int role) const
{
    if (!m_source || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_source->data(m_source->index(m_rows[std::size_t(index.row())]), role);
}

QHash<int, QByteArray> AccountFilterModel::roleNames() const
{
    return m_source ? m_source->roleNames() : QHash<int, QByteArray>();
}

void AccountFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    const bool couldReorder = canReorder();
    m_search = text;
    m_words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    show(shownRows());
    emit searchTextChanged();
    if (canReorder() != couldReorder)
        emit canReorderChanged();
}

void AccountFilterModel::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    show(shownRows());
    emit groupChanged();
}

void AccountFilterModel::setSortMode(SortMode mode)
{
    if (mode == m_sortMode)
        return;
    const bool couldReorder = canReorder();
    m_sortMode = mode;
    if (m_preferences)
        m_preferences->setListOrder(static_cast<session::ListOrder>(mode));
    computePlaces();
    show(shownRows());
    emit sortModeChanged();
    if (canReorder() != couldReorder)
        emit canReorderChanged();
}

void AccountFilterModel::setFavouritesFirst(bool on)
{
    if (on == m_favouritesFirst)
        return;
    m_favouritesFirst = on;
    if (m_preferences)
        m_preferences->setFavouritesFirst(on);
    computePlaces();
    show(shownRows());
    emit favouritesFirstChanged();
}

QString AccountFilterModel::idAt(int row) const
{
    return data(index(row, 0), AccountListModel::IdRole).toString();
}

int AccountFilterModel::rowOfId(const QString &id) const
{
    const int sourceRow = m_source ? m_source->rowOf(QUuid::fromString(id)) : -1;
    return sourceRow >= 0 && std::size_t(sourceRow) < m_shownRow.size() ? m_shownRow[std::size_t(sourceRow)] : -1;
}

void AccountFilterModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    // The countdown and the codes change every second and never move or hide a row; an edit may.
    static const int kOrderOrFilterRoles[] = {AccountListModel::FavouriteRole, AccountListModel::UseCountRole,
                                              AccountListModel::IssuerOrderRole, AccountListModel::IssuerRole,
                                              AccountListModel::NameRole, AccountListModel::GroupRole};
    if (roles.isEmpty() || std::any_of(std::begin(kOrderOrFilterRoles), std::end(kOrderOrFilterRoles),
                                       [&](int role) { return roles.contains(role); })) {
        computePlaces();
        show(shownRows());
    }
    if (m_rows.empty())
        return;
    if (topLeft.row() == 0 && bottomRight.row() == m_source->rowCount() - 1) {
        emit dataChanged(index(0), index(rowCount() - 1), roles); // one signal for the per-second tick
        return;
    }
    for (int sourceRow = topLeft.row(); sourceRow <= bottomRight.row(); ++sourceRow) {
        const int shown = std::size_t(sourceRow) < m_shownRow.size() ? m_shownRow[std::size_t(sourceRow)] : -1;
        if (shown >= 0)
            emit dataChanged(index(shown), index(shown), roles);
    }
}

// Favourites first when asked, then by the sort mode; ties keep the vault's order, which drag and drop
// changes. Sorting keys gathered once costs a few milliseconds for 10,000 accounts.
void AccountFilterModel::computePlaces()
{
    struct Key
    {
        bool favourite;
        int primary;
        int row;
    };
    const int rows = m_source ? m_source->rowCount() : 0;
    std::vector<Key> keys;
    keys.reserve(std::size_t(rows));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex i = m_source->index(row);
        int primary = 0;
        switch (m_sortMode) {
        case ByIssuer: // issuer, then name, as the account list collated them once
            primary = i.data(AccountListModel::IssuerOrderRole).toInt();
            break;
        case MostUsed:
            primary = -i.data(AccountListModel::UseCountRole).toInt();
            break;
        case Manual:
            break;
        }
        keys.push_back({m_favouritesFirst && i.data(AccountListModel::FavouriteRole).toBool(), primary, row});
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.favourite != b.favourite)
            return a.favourite;
        if (a.primary != b.primary)
            return a.primary < b.primary;
        return a.row < b.row;
    });
    m_places.assign(std::size_t(rows), 0);
    m_order.resize(std::size_t(rows));
    for (std::size_t place = 0; place < keys.size(); ++place) {
        m_places[std::size_t(keys[place].row)] = int(place);
        m_order[place] = keys[place].row;
    }
}

bool AccountFilterModel::accepts(int sourceRow) const
{
    if (!m_group.isEmpty() && m_source->groupAt(sourceRow) != m_group)
        return false;
    // Every word must appear in the issuer or the name: "goo ali" finds Google (alice).
    const QString &text = m_source->searchTextAt(sourceRow);
    return std::all_of(m_words.begin(), m_words.end(), [&](const QString &word) { return text.contains(word); });
}

std::vector<int> AccountFilterModel::shownRows() const
{
    if (m_words.isEmpty() && m_group.isEmpty())
        return m_order;
    std::vector<int> rows;
    rows.reserve(m_order.size());
    std::copy_if(m_order.begin(), m_order.end(), std::back_inserter(rows), [this](int row) { return accepts(row); });
    return rows;
}

void AccountFilterModel::show(std::vector<int> rows)
{
    if (rows == m_rows)
        return;
    const std::size_t before = m_rows.size();
    if (showAsRemovalsAndInsertions(rows)) {
        // done row by row
    } else if (std::is_permutation(rows.begin(), rows.end(), m_rows.begin(), m_rows.end())) {
        // The same rows in another order: the view keeps its place and its rows.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        std::vector<int> sourceRows;
        for (const QModelIndex &i : persistent)
            sourceRows.push_back(m_rows[std::size_t(i.row())]);
        m_rows = std::move(rows);
        remapShownRows();
        QModelIndexList moved;
        for (const int sourceRow : sourceRows)
            moved.append(index(m_shownRow[std::size_t(sourceRow)]));
        changePersistentIndexList(persistent, moved);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        refill(std::move(rows));
    }
    if (m_rows.size() != before)
        emit countChanged();
}

// When the rows shown before and after are both in the current order (a search or a group changed,
// nothing moved), the change is some stretches going and some coming: announced as such while few.
bool AccountFilterModel::showAsRemovalsAndInsertions(const std::vector<int> &rows)
{
    const auto inOrder = [&](const std::vector<int> &list) {
        return std::is_sorted(list.begin(), list.end(), [&](int a, int b) {
            return m_places[std::size_t(a)] < m_places[std::size_t(b)];
        });
    };
    if (!inOrder(m_rows) || !inOrder(rows))
        return false;
    struct Run
    {
        int first, last;
    };
    std::vector<Run> removed, inserted; // removed: positions before; inserted: positions after
    const auto extend = [](std::vector<Run> &runs, int at) {
        if (!runs.empty() && runs.back().last + 1 == at)
            runs.back().last = at;
        else
            runs.push_back({at, at});
    };
    std::size_t i = 0, j = 0;
    while (i < m_rows.size() || j < rows.size()) {
        if (i < m_rows.size() && j < rows.size() && m_rows[i] == rows[j]) {
            ++i;
            ++j;
        } else if (j == rows.size() ||
                   (i < m_rows.size() && m_places[std::size_t(m_rows[i])] < m_places[std::size_t(rows[j])])) {
            extend(removed, int(i++));
        } else {
            extend(inserted, int(j++));
        }
        if (removed.size() + inserted.size() > kMostRunsToAnnounce)
            return false;
    }
    for (auto run = removed.rbegin(); run != removed.rend(); ++run) {
        beginRemoveRows({}, run->first, run->last);
        m_rows.erase(m_rows.begin() + run->first, m_rows.begin() + run->last + 1);
        endRemoveRows();
    }
    for (const Run &run : inserted) {
        beginInsertRows({}, run.first, run.last);
        m_rows.insert(m_rows.begin() + run.first, rows.begin() + run.first, rows.begin() + run.last + 1);
        endInsertRows();
    }
    remapShownRows();
    return true;
}

// Many rows coming and going at once (a keystroke in a long list): the rows both lists have in
// common take the new accounts, and only the difference in length is removed or added at the end.
// The view refills the few rows it shows instead of rebuilding them, which a reset makes it do at
// 2–3 ms a row. Shown row numbers then name other accounts, as after a reset; nothing keeps
// persistent indexes into this model across a search.
void AccountFilterModel::refill(std::vector<int> rows)
{
    const int before = rowCount(), after = int(rows.size());
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rows.resize(std::size_t(after));
        endRemoveRows();
    } else if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_rows.insert(m_rows.end(), rows.begin() + before, rows.end());
        endInsertRows();
    }
    const int common = std::min(before, after);
    std::copy(rows.begin(), rows.begin() + common, m_rows.begin());
    remapShownRows();
    if (common > 0)
        emit dataChanged(index(0), index(common - 1));
}

void AccountFilterModel::remapShownRows()
{
    m_shownRow.assign(m_places.size(), -1);
    for (std::size_t shown = 0; shown < m_rows.size(); ++shown)
        if (std::size_t(m_rows[shown]) < m_shownRow.size())
            m_shownRow[std::size_t(m_rows[shown])] = int(shown);
}

} // namespace tessera::bridge
