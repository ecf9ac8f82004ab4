#pragma once
// First run, unlock and lock, for QML: creates a vault, unlocks it with the password (Argon2id runs
// off the GUI thread) or the system keychain, locks it, changes the password, turns keychain unlock
// on and off. Errors come as one sentence in errorString.

#include "common/error.h"
#include "common/secret_bytes.h"

#include "app/controller.h"

#include <QObject>
#include <QUrl>
#include <memory>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tessera::vault {
class VaultStore;
}

namespace tessera::session {
struct PasswordChanged;
} // namespace tessera::session

namespace tessera::bridge {

class Services;

class VaultController : public Controller, public QmlSingleton<VaultController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // The notice is a warning (the file on disk cannot be used), not news such as an import's result.
    Q_PROPERTY(bool noticeIsWarning READ noticeIsWarning NOTIFY noticeChanged)
    Q_PROPERTY(QString vaultPath READ vaultPath NOTIFY vaultPathChanged)
    Q_PROPERTY(bool keychainEnabled READ keychainEnabled NOTIFY keychainEnabledChanged)
    Q_PROPERTY(QString backupsFolder READ backupsFolder NOTIFY vaultPathChanged)
    Q_PROPERTY(QUrl backupsFolderUrl READ backupsFolderUrl NOTIFY vaultPathChanged)
public:
    enum State { NoVault, Locked, Unlocked };
    Q_ENUM(State)

    explicit VaultController(Services *services, QObject *parent = nullptr);

    State state() const;
    QString notice() const { return m_notice; }
    bool noticeIsWarning() const { return !m_diskNotice.isEmpty() && m_notice == m_diskNotice; }
    QString vaultPath() const;
    bool keychainEnabled() const;
    QString backupsFolder() const;
    QUrl backupsFolderUrl() const { return QUrl::fromLocalFile(backupsFolder()); }

    // 0 (empty) to 4 (strong), and a hint in words.
    Q_INVOKABLE int passwordStrength(const QString &password) const;
    Q_INVOKABLE QString passwordHint(const QString &password) const;

    Q_INVOKABLE void createVault(const QString &password, const QString &repeat, bool useKeychain);
    Q_INVOKABLE void unlock(const QString &password);
    Q_INVOKABLE bool unlockWithKeychain();
    // By hand (Ctrl+L, the tray, the menu): a PIN set for quick unlock is forgotten too.
    Q_INVOKABLE void lock();
    // Idle time or a screen lock: a PIN set for quick unlock stays usable.
    void lockAutomatically();
    Q_INVOKABLE void useVaultFile(const QUrl &file);
    // A notice for the user that no controller owns (e.g. the app runs without its hand-over channel).
    void showNotice(const QString &notice) { setNotice(notice); }
    Q_INVOKABLE void changePassword(const QString &current, const QString &password, const QString &repeat);
    Q_INVOKABLE bool setKeychainEnabled(bool enabled);
    Q_INVOKABLE void clearNotice();

    // For --password-stdin: unlocks with a password read by main() before the window shows.
    void unlockWith(SecretBytes password);

signals:
    void stateChanged();
    void noticeChanged();
    void vaultPathChanged();
    void keychainEnabledChanged();
    void passwordChanged();
    void lockedByHand();

private:
    void setNotice(const QString &notice);
    QString passwordChangeNotice(const session::PasswordChanged &changed) const;
    QString arrivalsText(int added, int changed, int removed) const;

    Services *m_services;
    QString m_notice;
    QString m_diskNotice; // the notice about the file on disk, while it stands
};

} // namespace tessera::bridge
