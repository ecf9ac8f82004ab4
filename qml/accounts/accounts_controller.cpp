#include "accounts/accounts_controller.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "app/clipboard_guard.h"
#include "accounts/code_format.h"
#include "common/error_text.h"
#include "encoding/base32.h"
#include "otp/code_generator.h"
#include "app/services.h"
#include "session/account_operations.h"
#include "settings/settings_controller.h"
#include "app/ticker.h"
#include "app/vault_session.h"

#include <QDateTime>
#include <QJSEngine>
#include <QRegularExpression>
#include <QSettings>

namespace tessera::bridge {

namespace {
AccountsController *g_instance = nullptr;

QUuid uuid(const QString &id)
{
    return QUuid::fromString(id);
}
} // namespace

AccountsController::AccountsController(Services *services, QObject *parent) : QObject(parent), m_services(services)
{
    g_instance = this;
    connect(services->accounts(), &QAbstractItemModel::modelReset, this, &AccountsController::groupsChanged);
    connect(services->accounts(), &QAbstractItemModel::dataChanged, this, [this](auto, auto, const QList<int> &roles) {
        if (roles.isEmpty())
            emit groupsChanged();
    });
    connect(services->session(), &VaultSession::closed, this, [this] {
        m_revealed.hide();
        m_removed.reset();
        emit undoChanged();
        m_services->clipboard()->clearNow();
    });
}

AccountsController *AccountsController::create(QQmlEngine *, QJSEngine *engine)
{
    engine->setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

AccountFilterModel *AccountsController::model() const
{
    return m_services->filteredAccounts();
}

QStringList AccountsController::groups() const
{
    return m_services->accounts()->groups();
}

int AccountsController::totalCount() const
{
    return m_services->accounts()->rowCount();
}

int AccountsController::clipboardSeconds() const
{
    return SettingsController::instance() ? SettingsController::instance()->clipboardClearSeconds() : 30;
}

bool AccountsController::report(const Result<void> &result)
{
    if (!result)
        emit errorOccurred(errorText(result.error()));
    return result.has_value();
}

bool AccountsController::copyCode(const QString &id)
{
    vault::VaultStore *store = m_services->session()->store();
    const vault::Account *account = store ? store->vault().find(uuid(id)) : nullptr;
    if (!account)
        return false;
    if (account->params.type == otp::OtpType::Hotp) {
        const int row = m_services->accounts()->rowOf(account->id);
        const QString shown = m_services->accounts()->data(m_services->accounts()->index(row), AccountListModel::CodeRole).toString();
        if (shown.isEmpty())
            return nextHotpCode(id) && copyCode(id);
        m_services->clipboard()->copy(QString(shown).remove(u' '), clipboardSeconds());
    } else {
        auto secret = session::openSecret(*store, account->id);
        if (!secret)
            return report(tl::unexpected(secret.error()));
        auto code = otp::generate(account->params, *secret, m_services->ticker()->nowMs());
        if (!code)
            return report(tl::unexpected(code.error()));
        m_services->clipboard()->copy(QString::fromLatin1(code->c_str()), clipboardSeconds());
    }
    // How often an account is used orders "most used"; a preference, not vault data.
    QSettings settings;
    const QString key = QStringLiteral("usage/") + account->id.toString(QUuid::WithoutBraces);
    const int uses = settings.value(key, 0).toInt() + 1;
    settings.setValue(key, uses);
    m_services->accounts()->setUseCount(account->id, uses);
    const int seconds = clipboardSeconds();
    emit message(seconds > 0 ? tr("Copied — clears in %1 s").arg(seconds) : tr("Copied"));
    return true;
}

bool AccountsController::nextHotpCode(const QString &id)
{
    std::string code;
    const bool ok = report(m_services->session()->apply([&](vault::VaultStore &store) -> Result<void> {
        auto next = session::currentCode(store, uuid(id), m_services->ticker()->nowMs());
        if (!next)
            return tl::unexpected(next.error());
        code = *next;
        return {};
    }));
    if (ok)
        m_services->accounts()->setHotpCode(uuid(id), groupedCode(code));
    return ok;
}

QVariantMap AccountsController::details(const QString &id) const
{
    const vault::VaultStore *store = m_services->session()->store();
    const vault::Account *a = store ? store->vault().find(uuid(id)) : nullptr;
    if (!a)
        return {};
    const auto date = [](qint64 ms) {
        return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
    };
    return {
        {QStringLiteral("accountId"), id},
        {QStringLiteral("issuer"), a->issuer},
        {QStringLiteral("name"), a->name},
        {QStringLiteral("group"), a->group},
        {QStringLiteral("notes"), a->notes},
        {QStringLiteral("favourite"), a->favourite},
        {QStringLiteral("kind"), otp::typeName(a->params.type)},
        {QStringLiteral("algorithm"), otp::algorithmName(a->params.algorithm)},
        {QStringLiteral("digits"), a->params.digits},
        {QStringLiteral("period"), static_cast<qint64>(a->params.periodSeconds)},
        {QStringLiteral("counter"), QString::number(a->params.counter)},
        {QStringLiteral("created"), date(a->createdMs)},
        {QStringLiteral("modified"), date(a->modifiedMs)},
        {QStringLiteral("recoveryTotal"), a->recoveryCodes.size()},
        {QStringLiteral("recoveryUnused"), a->unusedRecoveryCodes()},
    };
}

bool AccountsController::edit(const QString &id, const QString &issuer, const QString &name, const QString &group,
                              const QString &notes)
{
    const qint64 now = m_services->ticker()->nowMs();
    return report(m_services->session()->apply([&](vault::VaultStore &store) {
        return session::editAccount(store, uuid(id), {issuer, name, group, notes}, now);
    }));
}

bool AccountsController::setFavourite(const QString &id, bool favourite)
{
    return report(m_services->session()->apply([&](vault::VaultStore &store) {
        return store.update([&](vault::Vault &v) -> Result<void> {
            if (vault::Account *a = v.find(uuid(id)))
                a->favourite = favourite;
            return {};
        });
    }));
}

bool AccountsController::move(const QString &id, const QString &beforeId)
{
    return report(m_services->session()->apply([&](vault::VaultStore &store) {
        return store.update([&](vault::Vault &v) -> Result<void> {
            const auto from = std::find_if(v.accounts.begin(), v.accounts.end(),
                                           [&](const vault::Account &a) { return a.id == uuid(id); });
            if (from == v.accounts.end())
                return {};
            vault::Account moving = *from;
            v.accounts.erase(from);
            const auto to = std::find_if(v.accounts.begin(), v.accounts.end(),
                                         [&](const vault::Account &a) { return a.id == uuid(beforeId); });
            v.accounts.insert(to, moving); // before `beforeId`, or last when it is not found
            return {};
        });
    }));
}

bool AccountsController::moveOnto(const QString &id, const QString &targetId)
{
    const vault::VaultStore *store = m_services->session()->store();
    if (!store || id == targetId)
        return false;
    const auto &all = store->vault().accounts;
    const auto indexOf = [&](const QString &x) {
        return std::find_if(all.begin(), all.end(), [&](const vault::Account &a) { return a.id == uuid(x); }) -
               all.begin();
    };
    const auto from = indexOf(id), to = indexOf(targetId);
    if (from >= all.size() || to >= all.size())
        return false;
    if (from > to)
        return move(id, targetId);
    return move(id, to + 1 < all.size() ? all[to + 1].id.toString(QUuid::WithoutBraces) : QString());
}

bool AccountsController::moveBy(const QString &id, int step)
{
    AccountFilterModel *shown = model();
    int row = -1;
    for (int i = 0; i < shown->count(); ++i)
        if (shown->idAt(i) == id)
            row = i;
    const int target = row + step;
    if (row < 0 || target < 0 || target >= shown->count())
        return false;
    return moveOnto(id, shown->idAt(target));
}

bool AccountsController::remove(const QString &id)
{
    const vault::VaultStore *store = m_services->session()->store();
    const vault::Account *a = store ? store->vault().find(uuid(id)) : nullptr;
    if (!a)
        return false;
    // The account stays in memory, still sealed, until the next delete or lock, for Undo.
    vault::Account removed = *a;
    const auto &all = store->vault().accounts;
    const int index = static_cast<int>(std::find_if(all.begin(), all.end(), [&](const vault::Account &x) {
                                           return x.id == removed.id;
                                       }) - all.begin());
    if (!report(m_services->session()->apply([&](vault::VaultStore &s) { return session::removeAccount(s, removed.id); })))
        return false;
    m_removed = removed;
    m_removedIndex = index;
    emit undoChanged();
    emit undoableMessage(tr("Deleted %1").arg(removed.displayName()));
    return true;
}

bool AccountsController::undoRemove()
{
    if (!m_removed)
        return false;
    const vault::Account restored = *m_removed;
    const int index = m_removedIndex;
    const bool ok = report(m_services->session()->apply([&](vault::VaultStore &store) {
        return store.update([&](vault::Vault &v) -> Result<void> {
            if (!v.find(restored.id))
                v.accounts.insert(std::clamp<qsizetype>(index, 0, v.accounts.size()), restored);
            return {};
        });
    }));
    if (ok) {
        m_removed.reset();
        emit undoChanged();
        emit message(tr("Restored %1").arg(restored.displayName()));
    }
    return ok;
}

bool AccountsController::revealSecret(const QString &id)
{
    const vault::VaultStore *store = m_services->session()->store();
    auto secret = store ? session::openSecret(*store, uuid(id)) : Result<SecretBytes>(fail(ErrorCode::AccountNotFound));
    if (!secret) {
        emit errorOccurred(errorText(secret.error()));
        return false;
    }
    const SecretBytes text = base32::encode(secret->bytes());
    SecretBytes grouped(text.size() + text.size() / 4); // groups of four, as services print keys
    std::size_t length = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped.data()[length++] = ' ';
        grouped.data()[length++] = text.data()[i];
    }
    grouped.truncate(length);
    m_revealed.showSecret(id, grouped);
    return true;
}

bool AccountsController::revealRecoveryCodes(const QString &id)
{
    const vault::VaultStore *store = m_services->session()->store();
    auto codes = store ? session::recoveryCodes(*store, uuid(id))
                       : Result<std::vector<session::OpenedRecoveryCode>>(fail(ErrorCode::AccountNotFound));
    if (!codes) {
        emit errorOccurred(errorText(codes.error()));
        return false;
    }
    std::vector<const SecretBytes *> texts;
    for (const auto &c : *codes)
        texts.push_back(&c.code);
    m_revealed.showRecoveryCodes(id, texts);
    return true;
}

QVariantList AccountsController::recoveryCodes(const QString &id) const
{
    const vault::VaultStore *store = m_services->session()->store();
    const vault::Account *account = store ? store->vault().find(uuid(id)) : nullptr;
    if (!account)
        return {};
    QVariantList list;
    for (const vault::RecoveryCode &c : account->recoveryCodes)
        list.append(QVariantMap{
            {QStringLiteral("used"), c.usedAtMs.has_value()},
            {QStringLiteral("usedAt"), c.usedAtMs ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*c.usedAtMs),
                                                                       QLocale::ShortFormat)
                                                  : QString()}});
    return list;
}

bool AccountsController::copyNextRecoveryCode(const QString &id)
{
    SecretBytes code;
    const bool ok = report(m_services->session()->apply([&](vault::VaultStore &store) -> Result<void> {
        auto next = session::useRecoveryCode(store, uuid(id), m_services->ticker()->nowMs());
        if (!next)
            return tl::unexpected(next.error());
        code = std::move(*next);
        return {};
    }));
    if (!ok)
        return false;
    m_services->clipboard()->copy(QString::fromUtf8(code.view().data(), static_cast<qsizetype>(code.size())),
                                  clipboardSeconds());
    emit message(tr("Recovery code copied and marked as used"));
    return true;
}

bool AccountsController::addRecoveryCodes(const QString &id, const QString &text, bool replace)
{
    QList<QByteArray> codes;
    // One code per line (or separated by commas): codes such as Google's "1234 5678" contain spaces.
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\\r\\n,;]+")), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            codes.append(line.trimmed().toUtf8());
    if (codes.isEmpty()) {
        emit errorOccurred(errorText(Error{ErrorCode::InvalidRecoveryCode}));
        return false;
    }
    const bool ok = report(m_services->session()->apply([&](vault::VaultStore &store) {
        return session::addRecoveryCodes(store, uuid(id), codes, replace, m_services->ticker()->nowMs());
    }));
    if (ok)
        emit message(tr("%n recovery code(s) saved", nullptr, int(codes.size())));
    return ok;
}

} // namespace tessera::bridge
