#include "accounts/account_list_model.h"

#include "accounts/code_format.h"
#include "otp/code_generator.h"
#include "otp/time_step.h"
#include "session/account_operations.h"
#include "session/preferences.h"
#include "app/ticker.h"
#include "app/vault_session.h"

#include <QCollator>
#include <QSet>
#include <numeric>
#include <set>

namespace tessera::bridge {

AccountListModel::AccountListModel(VaultSession *session, Ticker *ticker, const session::Preferences *preferences,
                                   QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_ticker(ticker), m_preferences(preferences),
      m_nowMs(ticker->nowMs())
{
    connect(session, &VaultSession::opened, this, &AccountListModel::rebuild);
    connect(session, &VaultSession::changed, this, &AccountListModel::rebuild);
    connect(session, &VaultSession::closed, this, &AccountListModel::rebuild);
    connect(ticker, &Ticker::tick, this, &AccountListModel::onTick);
    rebuild();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    return {{IdRole, "accountId"},     {IssuerRole, "issuer"},     {NameRole, "name"},
            {KindRole, "kind"}, {CounterBasedRole, "counterBased"},        {CodeRole, "code"},         {NextCodeRole, "nextCode"},
            {ShowNextRole, "showNext"}, {RemainingRole, "remaining"}, {PeriodRole, "period"},
            {FavouriteRole, "favourite"}, {GroupRole, "group"},   {RecoveryUnusedRole, "recoveryUnused"},
            {UseCountRole, "useCount"}, {PositionRole, "position"}, {IconSourceRole, "iconSource"},
            {IconBackgroundRole, "iconBackground"}};
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const bool timed = row.params.type != otp::OtpType::Hotp;
    switch (role) {
    case IdRole:
        return row.id.toString(QUuid::WithoutBraces);
    case IssuerRole:
        return row.issuer;
    case NameRole:
        return row.name;
    case KindRole:
        return otp::typeName(row.params.type);
    case CounterBasedRole:
        return row.params.type == otp::OtpType::Hotp;
    case CodeRole:
        if (!timed)
            return row.hotpCode;
        refreshCodes(row);
        return row.code;
    case NextCodeRole:
        if (!timed)
            return QString();
        refreshCodes(row);
        return row.nextCode;
    case ShowNextRole:
        return timed && otp::secondsRemaining(m_nowMs, row.params.periodSeconds) <= kShowNextSeconds;
    case RemainingRole:
        return timed ? otp::secondsRemaining(m_nowMs, row.params.periodSeconds) : 0;
    case PeriodRole:
        return timed ? static_cast<int>(row.params.periodSeconds) : 0;
    case FavouriteRole:
        return row.favourite;
    case GroupRole:
        return row.group;
    case RecoveryUnusedRole:
        return row.recoveryUnused;
    case UseCountRole:
        return row.useCount;
    case PositionRole:
        return index.row();
    case IssuerOrderRole:
        return row.issuerOrder;
    case IconSourceRole:
        return iconOf(row).source;
    case IconBackgroundRole:
        return iconOf(row).background;
    default:
        return {};
    }
}

const IconLook &AccountListModel::iconOf(const Row &row) const
{
    if (!row.icon)
        row.icon = iconLookOf(row.iconValue, row.issuer);
    return *row.icon;
}

QString AccountListModel::codeAt(const Row &row, std::int64_t unixMs) const
{
    auto secret = m_session->read([&](const auto &store) { return session::openSecret(store, row.id); });
    if (!secret)
        return {};
    auto code = otp::generate(row.params, *secret, unixMs);
    return code ? groupedCode(*code) : QString();
}

void AccountListModel::refreshCodes(const Row &row) const
{
    auto step = otp::timeStep(m_nowMs, row.params.periodSeconds);
    if (!step || row.cachedStep == *step)
        return;
    row.cachedStep = *step;
    row.code = codeAt(row, m_nowMs);
    row.nextCode = codeAt(row, m_nowMs + row.params.periodSeconds * 1000);
}

void AccountListModel::onTick(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (m_rows.empty())
        return;
    // The countdown changes every second for every row: one signal for all. Everything else is
    // announced only for the rows where it changed, so an idle window redraws almost nothing.
    emit dataChanged(index(0), index(rowCount() - 1), {RemainingRole});
    for (int i = 0; i < rowCount(); ++i) {
        Row &row = m_rows[static_cast<std::size_t>(i)];
        if (row.params.type == otp::OtpType::Hotp)
            continue;
        const bool showNext = otp::secondsRemaining(nowMs, row.params.periodSeconds) <= kShowNextSeconds;
        QList<int> roles;
        if (showNext != row.showingNext) {
            row.showingNext = showNext;
            roles.append(ShowNextRole);
        }
        // New codes only where a cached step went stale: rows never shown have nothing cached.
        auto step = otp::timeStep(nowMs, row.params.periodSeconds);
        if (row.cachedStep && step && *step != *row.cachedStep)
            roles += {CodeRole, NextCodeRole};
        if (!roles.isEmpty())
            emit dataChanged(index(i), index(i), roles);
    }
}

void AccountListModel::rebuild()
{
    std::vector<Row> rows;
    if (const vault::Vault *vault = m_session->vault()) {
        for (const vault::Account &a : vault->accounts) {
            Row row;
            row.id = a.id;
            row.issuer = a.issuer;
            row.name = a.name;
            row.group = a.group;
            row.iconValue = a.icon;
            row.searchText = (a.issuer + u'\n' + a.name).toCaseFolded(); // a search word has no line break
            row.params = a.params;
            row.favourite = a.favourite;
            row.recoveryUnused = static_cast<int>(a.unusedRecoveryCodes());
            row.showingNext = a.params.type != otp::OtpType::Hotp &&
                              otp::secondsRemaining(m_ticker->nowMs(), a.params.periodSeconds) <= kShowNextSeconds;
            row.useCount = m_preferences ? m_preferences->useCount(a.id) : 0;
            rows.push_back(std::move(row));
        }
    }
    assignIssuerOrder(rows);
    m_nowMs = m_ticker->nowMs();
    // Same accounts in the same order (an edit, a counter): update in place so views keep their place.
    const bool sameIds = rows.size() == m_rows.size() &&
                         std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                    [](const Row &a, const Row &b) { return a.id == b.id; });
    if (sameIds || insertAndRemoveInPlace(rows)) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i].hotpCode = m_rows[i].hotpCode;
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

// A few accounts added or removed (another computer's changes merged, the CLI): rows are removed and
// inserted one by one, so the list keeps the user's place and current row instead of starting over.
// Returns false, changing nothing, when the kept accounts moved or too many rows change at once.
bool AccountListModel::insertAndRemoveInPlace(const std::vector<Row> &rows)
{
    constexpr std::size_t kMostRowsMovedSingly = 50;
    QSet<QUuid> now;
    for (const Row &row : rows)
        now.insert(row.id);
    QSet<QUuid> before;
    for (const Row &row : m_rows)
        before.insert(row.id);
    std::vector<QUuid> keptBefore;
    for (const Row &row : m_rows)
        if (now.contains(row.id))
            keptBefore.push_back(row.id);
    std::vector<QUuid> keptNow;
    for (const Row &row : rows)
        if (before.contains(row.id))
            keptNow.push_back(row.id);
    const std::size_t changes = (m_rows.size() - keptBefore.size()) + (rows.size() - keptNow.size());
    if (keptBefore != keptNow || changes > kMostRowsMovedSingly)
        return false;
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        if (now.contains(m_rows[std::size_t(i)].id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.erase(m_rows.begin() + i);
        endRemoveRows();
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (before.contains(rows[i].id))
            continue;
        beginInsertRows({}, int(i), int(i));
        m_rows.insert(m_rows.begin() + std::ptrdiff_t(i), rows[i]);
        endInsertRows();
    }
    return true;
}

// Sorting by issuer compares these numbers: with 10,000 accounts a search re-sorts the rows it lets
// through on every keystroke, and collating strings there (100,000+ comparisons) took tens of ms.
void AccountListModel::assignIssuerOrder(std::vector<Row> &rows)
{
    const QCollator collator; // the user's language, as QString::localeAwareCompare
    std::vector<QCollatorSortKey> issuers, names;
    issuers.reserve(rows.size());
    names.reserve(rows.size());
    for (const Row &row : rows) {
        issuers.push_back(collator.sortKey(row.issuer));
        names.push_back(collator.sortKey(row.name));
    }
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (const int byIssuer = issuers[a].compare(issuers[b]); byIssuer != 0)
            return byIssuer < 0;
        return names[a].compare(names[b]) < 0;
    });
    for (std::size_t place = 0; place < order.size(); ++place)
        rows[order[place]].issuerOrder = int(place);
}

int AccountListModel::rowOf(const QUuid &id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

QUuid AccountListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].id : QUuid();
}

QStringList AccountListModel::groups() const
{
    std::set<QString> names;
    for (const Row &row : m_rows)
        if (!row.group.isEmpty())
            names.insert(row.group);
    return QStringList(names.begin(), names.end());
}

void AccountListModel::setHotpCode(const QUuid &id, const QString &code)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[static_cast<std::size_t>(row)].hotpCode = code;
    emit dataChanged(index(row), index(row), {CodeRole});
}

QString AccountListModel::hotpCodeOf(const QUuid &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_rows[static_cast<std::size_t>(row)].hotpCode;
}

void AccountListModel::setUseCount(const QUuid &id, int count)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[static_cast<std::size_t>(row)].useCount = count;
    emit dataChanged(index(row), index(row), {UseCountRole});
}

} // namespace tessera::bridge
