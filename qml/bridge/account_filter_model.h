#pragma once
// What the account list shows: a search over issuer and name, one group, favourites first, and the
// order the user picked (their own drag order, by issuer, or most used).

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class AccountFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AccountsController.model")
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(QString group READ group WRITE setGroup NOTIFY groupChanged)
    Q_PROPERTY(SortMode sortMode READ sortMode WRITE setSortMode NOTIFY sortModeChanged)
    Q_PROPERTY(bool favouritesFirst READ favouritesFirst WRITE setFavouritesFirst NOTIFY favouritesFirstChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum SortMode { Manual, ByIssuer, MostUsed };
    Q_ENUM(SortMode)

    explicit AccountFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    QString group() const { return m_group; }
    void setGroup(const QString &group);
    SortMode sortMode() const { return m_sortMode; }
    void setSortMode(SortMode mode);
    bool favouritesFirst() const { return m_favouritesFirst; }
    void setFavouritesFirst(bool on);
    int count() const { return rowCount(); }

    Q_INVOKABLE QString idAt(int row) const;

signals:
    void searchTextChanged();
    void groupChanged();
    void sortModeChanged();
    void favouritesFirstChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void resort();

    QString m_search;
    QString m_group;
    SortMode m_sortMode = Manual;
    bool m_favouritesFirst = true;
};

} // namespace tessera::bridge
