#pragma once
// The accounts a scan found, for the preview: issuer, name, what kind of code, whether the vault has
// it already, and whether the user wants it. Secrets stay in the QrScan; this model never holds them.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace tessera::uri {
struct KeyUri;
}

namespace tessera::bridge {

class ScanResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by ScanController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // How many found accounts the vault does not have yet (0: there is nothing to add).
    Q_PROPERTY(int newCount READ newCount NOTIFY countChanged)
public:
    enum Role { IssuerRole = Qt::UserRole + 1, NameRole, KindRole, DuplicateRole, SelectedRole };

    explicit ScanResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows these accounts; the ones the vault has are marked and not selected.
    void reset(const std::vector<uri::KeyUri> &accounts, const std::vector<bool> &duplicate);
    std::vector<bool> selection() const;

    Q_INVOKABLE void setSelected(int row, bool selected);
    Q_INVOKABLE void selectAll(bool selected);
    Q_INVOKABLE int selectedCount() const;
    int newCount() const;

signals:
    void countChanged();
    void selectionChanged();

private:
    struct Row
    {
        QString issuer;
        QString name;
        QString kind;
        bool duplicate = false;
        bool selected = true;
    };
    std::vector<Row> m_rows;
};

} // namespace tessera::bridge
