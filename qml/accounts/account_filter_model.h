#pragma once
// What the account list shows: a search over issuer and name, one group, favourites first, and the
// order the user picked (their own drag order, by issuer, or most used).
//
// A list model of its own rather than a QSortFilterProxyModel: with 10,000 accounts the proxy's
// per-row bookkeeping and its scattered insertions and removals cost 10–60 ms per search keystroke.
// Here each source row's place in the order is worked out once per change of the accounts or the
// order, a keystroke filters one vector, and the view hears one small change or one reset
// (docs/PERFORMANCE.md has the figures).

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace tessera::session {
class Preferences;
}

namespace tessera::bridge {

class AccountListModel;

class AccountFilterModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AccountsController.model")
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(QString group READ group WRITE setGroup NOTIFY groupChanged)
    Q_PROPERTY(SortMode sortMode READ sortMode WRITE setSortMode NOTIFY sortModeChanged)
    Q_PROPERTY(bool favouritesFirst READ favouritesFirst WRITE setFavouritesFirst NOTIFY favouritesFirstChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Whether the user's own order is what is shown, whole, so that rows can be dragged or moved.
    Q_PROPERTY(bool canReorder READ canReorder NOTIFY canReorderChanged)
public:
    enum SortMode { Manual, ByIssuer, MostUsed };
    Q_ENUM(SortMode)

    // With preferences, the order and "favourites first" start as the user left them and are kept.
    explicit AccountFilterModel(session::Preferences *preferences = nullptr, QObject *parent = nullptr);
    void setSourceModel(AccountListModel *source);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    QString group() const { return m_group; }
    void setGroup(const QString &group);
    SortMode sortMode() const { return m_sortMode; }
    void setSortMode(SortMode mode);
    bool favouritesFirst() const { return m_favouritesFirst; }
    void setFavouritesFirst(bool on);
    int count() const { return rowCount(); }
    bool canReorder() const { return m_sortMode == Manual && m_search.isEmpty(); }

    Q_INVOKABLE QString idAt(int row) const;
    int rowOfId(const QString &id) const; // -1 when it is not shown

signals:
    void searchTextChanged();
    void groupChanged();
    void sortModeChanged();
    void favouritesFirstChanged();
    void countChanged();
    void canReorderChanged();

private:
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void computePlaces();
    bool accepts(int sourceRow) const;
    std::vector<int> shownRows() const;
    // Shows `rows` (source rows in order), telling the view as little as describes the change.
    void show(std::vector<int> rows);
    bool showAsRemovalsAndInsertions(const std::vector<int> &rows);
    void refill(std::vector<int> rows);
    void remapShownRows();

    session::Preferences *m_preferences;
    AccountListModel *m_source = nullptr;
    QString m_search;
    QStringList m_words; // the search text case-folded and split once, not once per row
    QString m_group;
    SortMode m_sortMode = Manual;
    bool m_favouritesFirst = true;
    std::vector<int> m_places;   // per source row: its place in the chosen order
    std::vector<int> m_order;    // the source rows in that order
    std::vector<int> m_rows;     // per shown row: its source row
    std::vector<int> m_shownRow; // per source row: its shown row, or -1
};

} // namespace tessera::bridge
