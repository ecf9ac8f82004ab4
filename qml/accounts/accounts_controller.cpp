#include "accounts/accounts_controller.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "accounts/code_format.h"
#include "app/clipboard_guard.h"
#include "app/services.h"
#include "app/ticker.h"
#include "app/vault_session.h"
#include "common/error_text.h"
#include "encoding/base32.h"
#include "otp/code_generator.h"
#include "session/account_operations.h"
#include "session/account_sites.h"
#include "session/preferences.h"

#include <QRegularExpression>

namespace tessera::bridge {
namespace {

QUuid uuid(const QString &id)
{
    return QUuid::fromString(id);
}

Error notFound(const QString &id)
{
    return Error{ErrorCode::AccountNotFound, id};
}

} // namespace

AccountsController::AccountsController(Services *services, QObject *parent)
    : Controller(parent), QmlSingleton(this), m_services(services)
{
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
    return m_services->preferences()->clipboardClearSeconds();
}

void AccountsController::copied(const QString &text, const QString &what)
{
    const int seconds = clipboardSeconds();
    m_services->clipboard()->copy(text, seconds);
    setStatus(seconds > 0 ? tr("%1 — clears in %2 s").arg(what).arg(seconds) : what);
}

bool AccountsController::copyCode(const QString &id)
{
    const auto code = codeToUse(id);
    if (!code)
        return false;
    copied(*code, tr("Copied"));
    return true;
}

std::optional<QString> AccountsController::codeToUse(const QString &id)
{
    const vault::Account *account = m_services->session()->find(uuid(id));
    if (!account) {
        setError(m_services->session()->isOpen() ? notFound(id) : Error{ErrorCode::PasswordRequired});
        return std::nullopt;
    }
    const QUuid accountId = account->id;
    QString code;
    if (account->params.type == otp::OtpType::Hotp) {
        code = m_services->accounts()->hotpCodeOf(accountId);
        if (code.isEmpty()) { // never shown yet: the next one is made (and its counter saved) first
            if (!nextHotpCode(id))
                return std::nullopt;
            code = m_services->accounts()->hotpCodeOf(accountId);
        }
        code.remove(u' ');
    } else {
        const otp::OtpParams params = account->params;
        auto secret = m_services->session()->read([&](const auto &store) { return session::openSecret(store, accountId); });
        auto now = secret ? otp::generate(params, *secret, m_services->ticker()->nowMs()) : tl::unexpected(secret.error());
        if (!now) {
            report(tl::unexpected(now.error()));
            return std::nullopt;
        }
        code = QString::fromLatin1(now->c_str());
    }
    // How often an account is used orders "most used"; a preference, not vault data.
    m_services->accounts()->setUseCount(accountId, m_services->preferences()->recordUse(accountId));
    return code;
}

void AccountsController::copyToClipboard(const QString &code)
{
    m_services->clipboard()->copy(code, clipboardSeconds());
}

bool AccountsController::nextHotpCode(const QString &id)
{
    auto next = m_services->session()->apply(
        [&](auto &store) { return session::currentCode(store, uuid(id), m_services->ticker()->nowMs()); });
    if (!next)
        return report(tl::unexpected(next.error()));
    m_services->accounts()->setHotpCode(uuid(id), groupedCode(*next));
    return true;
}

AccountDetails AccountsController::details(const QString &id)
{
    const vault::Account *account = m_services->session()->find(uuid(id));
    if (!account) {
        setError(notFound(id));
        return {};
    }
    return AccountDetails::of(*account);
}

bool AccountsController::edit(const QString &id, const QString &issuer, const QString &name, const QString &group,
                              const QString &notes)
{
    const qint64 now = m_services->ticker()->nowMs();
    return report(m_services->session()->apply(
        [&](auto &store) { return session::editAccount(store, uuid(id), {issuer, name, group, notes}, now); }));
}

bool AccountsController::setFavourite(const QString &id, bool favourite)
{
    return report(
        m_services->session()->apply([&](auto &store) { return session::setFavourite(store, uuid(id), favourite); }));
}

bool AccountsController::setIcon(const QString &id, const QString &icon)
{
    const qint64 now = m_services->ticker()->nowMs();
    return report(
        m_services->session()->apply([&](auto &store) { return session::setAccountIcon(store, uuid(id), icon, now); }));
}

bool AccountsController::setIconFromFile(const QString &id, const QUrl &file)
{
    const qint64 now = m_services->ticker()->nowMs();
    const QString path = file.toLocalFile();
    return report(m_services->session()->apply(
        [&](auto &store) { return session::setAccountIconFromFile(store, uuid(id), path, now); }));
}

bool AccountsController::move(const QString &id, const QString &beforeId)
{
    return report(m_services->session()->apply(
        [&](auto &store) { return session::moveAccount(store, uuid(id), uuid(beforeId)); }));
}

bool AccountsController::moveOnto(const QString &id, const QString &targetId)
{
    return report(m_services->session()->apply(
        [&](auto &store) { return session::moveOnto(store, uuid(id), uuid(targetId)); }));
}

bool AccountsController::moveBy(const QString &id, int step)
{
    const AccountFilterModel *shown = model();
    const int row = shown->rowOfId(id);
    const int target = row + step;
    if (row < 0 || target < 0 || target >= shown->count())
        return false; // already first or last: nothing to say
    return moveOnto(id, shown->idAt(target));
}

bool AccountsController::remove(const QString &id)
{
    // The account stays in memory, still sealed, until the next delete or lock, for Undo.
    auto removed = m_services->session()->apply([&](auto &store) { return session::removeAccount(store, uuid(id)); });
    if (!removed)
        return report(tl::unexpected(removed.error()));
    const QString name = removed->account.displayName();
    m_removed = std::move(*removed);
    setError(QString());
    emit undoChanged();
    emit undoableMessage(tr("Deleted %1").arg(name));
    return true;
}

bool AccountsController::undoRemove()
{
    if (!m_removed)
        return false;
    if (!report(m_services->session()->apply([&](auto &store) { return session::restoreAccount(store, *m_removed); })))
        return false;
    const QString name = m_removed->account.displayName();
    m_removed.reset();
    emit undoChanged();
    setStatus(tr("Restored %1").arg(name));
    return true;
}

bool AccountsController::revealSecret(const QString &id)
{
    auto secret = m_services->session()->read([&](const auto &store) { return session::openSecret(store, uuid(id)); });
    if (!secret)
        return report(tl::unexpected(secret.error()));
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
    auto codes = m_services->session()->read([&](const auto &store) { return session::recoveryCodes(store, uuid(id)); });
    if (!codes)
        return report(tl::unexpected(codes.error()));
    std::vector<const SecretBytes *> texts;
    for (const auto &c : *codes)
        texts.push_back(&c.code);
    m_revealed.showRecoveryCodes(id, texts);
    return true;
}

bool AccountsController::copyNextRecoveryCode(const QString &id)
{
    auto code = m_services->session()->apply(
        [&](auto &store) { return session::useRecoveryCode(store, uuid(id), m_services->ticker()->nowMs()); });
    if (!code)
        return report(tl::unexpected(code.error()));
    copied(QString::fromUtf8(code->view().data(), static_cast<qsizetype>(code->size())),
           tr("Recovery code copied and marked as used"));
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
        setError(Error{ErrorCode::InvalidRecoveryCode});
        return false;
    }
    const bool ok = report(m_services->session()->apply([&](auto &store) {
        return session::addRecoveryCodes(store, uuid(id), codes, replace, m_services->ticker()->nowMs());
    }));
    if (ok)
        setStatus(tr("%n recovery code(s) saved", nullptr, int(codes.size())));
    return ok;
}

bool AccountsController::addSite(const QString &id, const QString &site)
{
    const qint64 now = m_services->ticker()->nowMs();
    return report(m_services->session()->apply([&](auto &store) { return session::addSite(store, uuid(id), site, now); }));
}

bool AccountsController::removeSite(const QString &id, const QString &site)
{
    const qint64 now = m_services->ticker()->nowMs();
    return report(
        m_services->session()->apply([&](auto &store) { return session::removeSite(store, uuid(id), site, now); }));
}

} // namespace tessera::bridge
