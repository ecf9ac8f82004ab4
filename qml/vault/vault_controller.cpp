#include "vault/vault_controller.h"

#include "common/error_text.h"
#include "crypto/kdf.h"
#include "keychain/os_keychain.h"
#include "session/account_operations.h"
#include "app/ticker.h"
#include "app/services.h"
#include "session/password_change.h"
#include "session/password_strength.h"
#include "session/vault_access.h"
#include "app/text_secret.h"
#include "vault/backup_rotation.h"
#include "app/vault_session.h"

#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QQmlEngine>
#include <QtConcurrent>

namespace tessera::bridge {

VaultController::VaultController(Services *services, QObject *parent) : Controller(parent), QmlSingleton(this), m_services(services)
{
    VaultSession *session = services->session();
    connect(session, &VaultSession::opened, this, &VaultController::stateChanged);
    connect(session, &VaultSession::closed, this, &VaultController::stateChanged);
    connect(session, &VaultSession::opened, this, &VaultController::keychainEnabledChanged);
    connect(session, &VaultSession::changed, this, &VaultController::keychainEnabledChanged);
    // Another program (a sync tool, a second Tessera) changed the file into something unreadable: said
    // on the account list, where the user is, and taken back once the file reads fine again.
    connect(session, &VaultSession::reloadFailed, this, [this](const QString &message) {
        m_diskNotice = tr("The vault file was changed by another program and cannot be used now: %1 Until it can, "
                          "Tessera shows the accounts it had and saves nothing.").arg(message);
        setNotice(m_diskNotice);
    });
    // Another computer's changes, merged: one line where the user is.
    connect(session, &VaultSession::arrived, this, [this](int added, int changed, int removed) {
        setNotice(arrivalsText(added, changed, removed));
    });
    connect(session, &VaultSession::copiesNotMerged, this, [this](const QString &why) {
        setNotice(tr("A copy a sync tool left beside the vault could not be merged: %1").arg(why));
    });
    connect(session, &VaultSession::passwordChangedElsewhere, this, [this] {
        setNotice(tr("The vault's password was changed on another computer. Unlock it with the new password; "
                     "nothing was saved over that change."));
    });
    connect(session, &VaultSession::olderThanSeen, this, [this] {
        m_diskNotice = tr("This vault file lacks changes this computer saw before: an older copy was put in its "
                          "place (a backup, or a sync that has not finished). Changes made here are merged with "
                          "it; to go back on purpose, restore a backup in Settings.");
        setNotice(m_diskNotice);
    });
    connect(session, &VaultSession::readAgain, this, [this] {
        if (!m_diskNotice.isEmpty() && m_notice == m_diskNotice)
            setNotice({});
        m_diskNotice.clear();
    });
}

VaultController::State VaultController::state() const
{
    if (m_services->session()->isOpen())
        return Unlocked;
    return QFileInfo::exists(vaultPath()) ? Locked : NoVault;
}

QString VaultController::vaultPath() const
{
    return m_services->session()->vaultPath();
}

QString VaultController::backupsFolder() const
{
    return vault::backupsFolderFor(vaultPath());
}

bool VaultController::keychainEnabled() const
{
    auto open = m_services->session()->read([](const auto &store) -> Result<bool> { return session::hasKeychainSlot(store); });
    return open ? *open : session::hasKeychainSlot(vaultPath());
}

int VaultController::passwordStrength(const QString &password) const
{
    // 0 empty, 1 refused (below 40 bits), 2 weak (below 65), 3 good, 4 strong (80 and more).
    const session::PasswordStrength strength = session::estimatePasswordStrength(secretFromText(password));
    switch (strength.level) {
    case session::PasswordStrength::Level::Empty:
        return 0;
    case session::PasswordStrength::Level::TooWeak:
        return 1;
    case session::PasswordStrength::Level::Weak:
        return 2;
    case session::PasswordStrength::Level::Good:
        return strength.bits >= 80 ? 4 : 3;
    }
    return 0;
}

QString VaultController::passwordHint(const QString &password) const
{
    const session::PasswordStrength strength = session::estimatePasswordStrength(secretFromText(password));
    const int bits = int(strength.bits);
    switch (strength.level) {
    case session::PasswordStrength::Level::Empty:
        return tr("Choose a password you do not use anywhere else.");
    case session::PasswordStrength::Level::TooWeak:
        return tr("Too easy to guess (about %1 bits; at least 40 are needed). %2").arg(bits).arg(strength.advice);
    case session::PasswordStrength::Level::Weak:
        return tr("Weak (about %1 bits; 65 or more is good). %2").arg(bits).arg(strength.advice);
    case session::PasswordStrength::Level::Good:
        return bits >= 80 ? tr("Strong (about %1 bits).").arg(bits) : tr("Good (about %1 bits).").arg(bits);
    }
    return {};
}

namespace {
using StoreResult = Result<std::unique_ptr<vault::VaultStore>>;
} // namespace

void VaultController::createVault(const QString &password, const QString &repeat, bool useKeychain)
{
    if (password.isEmpty())
        return setError(Error{ErrorCode::EmptyPassword});
    if (password != repeat)
        return setError(Error{ErrorCode::PasswordMismatch});
    auto secret = std::make_shared<SecretBytes>(secretFromText(password));
    const QString path = vaultPath();
    runInBackground<StoreResult>(
        [secret, path] { return session::createVault(path, *secret, crypto::argon2Preset(crypto::KdfPreset::Moderate)); },
        [this, useKeychain](StoreResult &result) {
            if (!result)
                return setError(result.error());
            m_services->session()->open(std::move(*result));
            if (useKeychain)
                setKeychainEnabled(true);
        });
}

void VaultController::unlockWith(SecretBytes password)
{
    auto secret = std::make_shared<SecretBytes>(std::move(password));
    const QString path = vaultPath();
    runInBackground<StoreResult>([secret, path] { return session::unlockWithPassword(path, *secret); },
                                 [this](StoreResult &result) {
                                     if (!result)
                                         return setError(result.error());
                                     setNotice({});
                                     m_services->session()->open(std::move(*result));
                                 });
}

void VaultController::unlock(const QString &password)
{
    if (password.isEmpty())
        return setError(tr("Type the vault password."));
    unlockWith(secretFromText(password));
}

bool VaultController::unlockWithKeychain()
{
    if (!session::hasKeychainSlot(vaultPath()))
        return false;
    // No key derivation here: the keychain answers in milliseconds, so this stays on the GUI thread
    // (QtKeychain needs the thread's event loop anyway).
    auto store = session::unlockWithKeychain(vaultPath());
    if (!store) {
        setNotice(errorText(store.error()));
        return false;
    }
    m_services->session()->open(std::move(*store));
    return true;
}

void VaultController::lock()
{
    emit lockedByHand();
    lockAutomatically();
}

void VaultController::lockAutomatically()
{
    m_services->session()->close();
    clearError();
}

void VaultController::useVaultFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_services->session()->setVaultPath(path);
    session::rememberVaultPath(path); // the next start opens it too
    clearError();
    emit vaultPathChanged();
    emit stateChanged();
    emit keychainEnabledChanged();
}

namespace {
struct PasswordChangeOutcome
{
    Result<std::unique_ptr<vault::VaultStore>> store = tl::unexpected(Error{ErrorCode::CryptoFailure});
    Result<session::PasswordChanged> changed = tl::unexpected(Error{ErrorCode::CryptoFailure});
};
} // namespace

void VaultController::changePassword(const QString &current, const QString &password, const QString &repeat)
{
    if (password.isEmpty())
        return setError(Error{ErrorCode::EmptyPassword});
    if (password != repeat)
        return setError(Error{ErrorCode::PasswordMismatch});
    VaultSession *session = m_services->session();
    if (!session->isOpen())
        return setError(Error{ErrorCode::PasswordRequired});
    auto oldSecret = std::make_shared<SecretBytes>(secretFromText(current));
    auto newSecret = std::make_shared<SecretBytes>(secretFromText(password));
    const QString path = vaultPath();
    // All of it off the GUI thread: proving the current password and deriving the new key (Argon2id),
    // re-sealing, writing the file and re-encrypting the old copies. The worker opens a store of its own;
    // the session's stays readable meanwhile (codes keep coming) but takes no change until it is back.
    const bool started = runInBackground<PasswordChangeOutcome>(
        [oldSecret, newSecret, path] {
            PasswordChangeOutcome outcome;
            outcome.store = session::unlockWithPassword(path, *oldSecret);
            if (outcome.store)
                outcome.changed = session::changePassword(**outcome.store, *newSecret,
                                                          crypto::argon2Preset(crypto::KdfPreset::Moderate));
            return outcome;
        },
        [this, session](PasswordChangeOutcome &outcome) {
            const bool changed = outcome.store && outcome.changed;
            session->giveBack(changed ? std::move(*outcome.store) : nullptr);
            if (!outcome.store)
                return setError(outcome.store.error());
            if (!outcome.changed)
                return setError(outcome.changed.error());
            setNotice(passwordChangeNotice(*outcome.changed));
            emit keychainEnabledChanged();
            emit passwordChanged();
        });
    if (started)
        session->lend();
}

QString VaultController::passwordChangeNotice(const session::PasswordChanged &changed) const
{
    QStringList parts{tr("Password changed; the vault has a new key.")};
    const vault::OldCopies &copies = changed.oldCopies;
    if (copies.reencrypted > 0)
        parts << tr("%n backup(s) re-encrypted with it.", nullptr, copies.reencrypted);
    if (!copies.removed.isEmpty())
        parts << tr("%n backup(s) that could not be re-encrypted were removed.", nullptr, int(copies.removed.size()));
    if (!copies.unchanged.isEmpty())
        parts << tr("These copies still open with the old password; delete them: %1")
                     .arg(copies.unchanged.join(QStringLiteral(", ")));
    if (changed.keychainProblem)
        parts << tr("Unlocking with the keychain is now off: %1").arg(errorText(*changed.keychainProblem));
    return parts.join(QLatin1Char(' '));
}

bool VaultController::setKeychainEnabled(bool enabled)
{
    auto result = m_services->session()->apply(
        [&](auto &store) { return enabled ? session::enableKeychain(store) : session::disableKeychain(store); });
    emit keychainEnabledChanged();
    if (!result) {
        setError(errorText(result.error()));
        return false;
    }
    return true;
}

QString VaultController::arrivalsText(int added, int changed, int removed) const
{
    // The first part names accounts, the others only count: "2 accounts added and 1 removed".
    QStringList parts;
    if (added > 0)
        parts << tr("%n account(s) added", nullptr, added);
    if (changed > 0)
        parts << (parts.isEmpty() ? tr("%n account(s) changed", nullptr, changed) : tr("%n changed", nullptr, changed));
    if (removed > 0)
        parts << (parts.isEmpty() ? tr("%n account(s) removed", nullptr, removed) : tr("%n removed", nullptr, removed));
    if (parts.isEmpty())
        return {};
    const QString last = parts.takeLast();
    const QString joined = parts.isEmpty() ? last : tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
    return tr("%1 on another computer.").arg(joined);
}

void VaultController::clearNotice()
{
    clearError();
    setNotice({});
}

void VaultController::setNotice(const QString &notice)
{
    if (notice != m_notice) {
        m_notice = notice;
        emit noticeChanged();
    }
}

} // namespace tessera::bridge
