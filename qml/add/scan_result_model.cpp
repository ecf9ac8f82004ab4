#include "add/scan_result_model.h"

#include "uri/key_uri.h"

#include <algorithm>

namespace tessera::bridge {
namespace {

QString kindOf(const otp::OtpParams &p)
{
    switch (p.type) {
    case otp::OtpType::Totp:
        return ScanResultModel::tr("TOTP · %1 digits · %2 s · %3").arg(p.digits).arg(p.periodSeconds).arg(otp::algorithmName(p.algorithm));
    case otp::OtpType::Hotp:
        return ScanResultModel::tr("HOTP · %1 digits · counter %2 · %3").arg(p.digits).arg(p.counter).arg(otp::algorithmName(p.algorithm));
    case otp::OtpType::Steam:
        return ScanResultModel::tr("Steam Guard");
    }
    return {};
}

} // namespace

ScanResultModel::ScanResultModel(QObject *parent) : QAbstractListModel(parent) {}

int ScanResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ScanResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case IssuerRole:
        return row.issuer;
    case NameRole:
        return row.name;
    case KindRole:
        return row.kind;
    case DuplicateRole:
        return row.duplicate;
    case SelectedRole:
    case Qt::CheckStateRole:
        return role == SelectedRole ? QVariant(row.selected) : QVariant(row.selected ? Qt::Checked : Qt::Unchecked);
    default:
        return {};
    }
}

bool ScanResultModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != SelectedRole && role != Qt::CheckStateRole))
        return false;
    const bool selected = role == SelectedRole ? value.toBool() : value.toInt() == Qt::Checked;
    Row &row = m_rows[std::size_t(index.row())];
    if (row.selected == selected)
        return true;
    row.selected = selected;
    emit dataChanged(index, index, {SelectedRole, Qt::CheckStateRole});
    emit selectionChanged();
    return true;
}

Qt::ItemFlags ScanResultModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable : Qt::NoItemFlags;
}

QHash<int, QByteArray> ScanResultModel::roleNames() const
{
    return {{IssuerRole, "issuer"}, {NameRole, "name"}, {KindRole, "kind"}, {DuplicateRole, "duplicate"}, {SelectedRole, "selected"}};
}

int ScanResultModel::newCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) { return !row.duplicate; }));
}

void ScanResultModel::reset(const std::vector<uri::KeyUri> &accounts, const std::vector<bool> &duplicate)
{
    // Keep the user's choices for rows already shown (a camera adds parts while they look).
    std::vector<Row> rows;
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        Row row{accounts[i].issuer, accounts[i].name, kindOf(accounts[i].params), i < duplicate.size() && duplicate[i], true};
        row.selected = i < m_rows.size() ? m_rows[i].selected : !row.duplicate;
        rows.push_back(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
    emit selectionChanged();
}

std::vector<bool> ScanResultModel::selection() const
{
    std::vector<bool> out;
    for (const Row &row : m_rows)
        out.push_back(row.selected);
    return out;
}

void ScanResultModel::setSelected(int row, bool selected)
{
    setData(index(row), selected, SelectedRole);
}

void ScanResultModel::selectAll(bool selected)
{
    for (int i = 0; i < rowCount(); ++i)
        setSelected(i, selected);
}

int ScanResultModel::selectedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.selected; }));
}

} // namespace tessera::bridge
