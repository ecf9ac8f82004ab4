#pragma once
// The accounts of the open vault as a list for QML, with their live codes. Codes are computed on
// demand (only rows a view shows ask for them) and cached per time step; each tick announces the
// countdown once for all rows, and new codes only for rows whose step turned.

#include "common/clock.h"
#include "otp/otp_params.h"

#include "accounts/service_icons.h"

#include <QAbstractListModel>
#include <QUuid>
#include <optional>
#include <vector>

namespace tessera::session {
class Preferences;
}

namespace tessera::bridge {

class VaultSession;
class Ticker;

class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        IssuerRole,
        NameRole,
        KindRole,
        CounterBasedRole, // HOTP: a code is made only when asked for
        CodeRole,
        NextCodeRole,
        ShowNextRole,
        RemainingRole,
        PeriodRole,
        FavouriteRole,
        GroupRole,
        RecoveryUnusedRole,
        UseCountRole,
        PositionRole,
        IssuerOrderRole, // the row's place by issuer, then name, in the user's language
        IconSourceRole,     // the service's icon or the user's picture for an Image; "" for the letter
        IconBackgroundRole, // the brand colour behind a service's icon
    };
    Q_ENUM(Role)

    static constexpr int kShowNextSeconds = 5;

    // Preferences give the "most used" counts (none without them).
    AccountListModel(VaultSession *session, Ticker *ticker, const session::Preferences *preferences = nullptr,
                     QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QUuid &id) const;
    // For the search, without a QVariant per row: issuer and name case-folded, one per line.
    const QString &searchTextAt(int row) const { return m_rows[std::size_t(row)].searchText; }
    const QString &groupAt(int row) const { return m_rows[std::size_t(row)].group; }
    QUuid idAt(int row) const;
    QStringList groups() const;

    // HOTP codes are shown only after the user asks for the next one.
    void setHotpCode(const QUuid &id, const QString &code);
    QString hotpCodeOf(const QUuid &id) const; // as shown, empty before the user asked for one
    void setUseCount(const QUuid &id, int count);

private:
    struct Row
    {
        QUuid id;
        QString issuer, name, group;
        QString searchText;
        otp::OtpParams params;
        bool favourite = false;
        int recoveryUnused = 0;
        int useCount = 0;
        int issuerOrder = 0;
        mutable std::optional<std::uint64_t> cachedStep;
        bool showingNext = false;
        mutable QString code, nextCode;
        QString hotpCode;
        QString iconValue; // the account's own choice (icons/account_icon.h)
        mutable std::optional<IconLook> icon; // worked out when first shown
    };
    bool insertAndRemoveInPlace(const std::vector<Row> &rows);
    const IconLook &iconOf(const Row &row) const;

    void rebuild();
    static void assignIssuerOrder(std::vector<Row> &rows);
    void onTick(qint64 nowMs);
    void refreshCodes(const Row &row) const;
    QString codeAt(const Row &row, std::int64_t unixMs) const;

    VaultSession *m_session;
    Ticker *m_ticker;
    const session::Preferences *m_preferences;
    std::vector<Row> m_rows;
    std::int64_t m_nowMs = 0;
};

} // namespace tessera::bridge
