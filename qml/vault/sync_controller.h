#pragma once
// Several computers, for QML: the conflict copies that wait for their own password ("Merge…"), a
// deliberate restore of a backup, and moving the vault into a sync folder. The merging itself happens
// in the session (app/vault_session.h) whenever the folder changes; this only offers what needs the user.

#include "app/controller.h"

#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class Services;

class SyncController : public Controller, public QmlSingleton<SyncController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // File names of conflict copies saved under another password, oldest first.
    Q_PROPERTY(QStringList waitingCopies READ waitingCopies NOTIFY waitingCopiesChanged)
    // The second backup folder (empty: none), and why the last copy could not go there (empty: it did).
    Q_PROPERTY(QString secondBackupFolder READ secondBackupFolder NOTIFY secondBackupChanged)
    Q_PROPERTY(QString secondBackupProblem READ secondBackupProblem NOTIFY secondBackupChanged)

public:
    explicit SyncController(Services *services, QObject *parent = nullptr);

    QStringList waitingCopies() const;
    QString secondBackupFolder() const;
    QString secondBackupProblem() const;

    // Merges the first waiting copy with its password.
    Q_INVOKABLE void mergeWaitingCopy(const QString &password);
    // Makes the vault's accounts those of this backup (a change made now, taken by every computer).
    Q_INVOKABLE void restoreBackup(const QUrl &backup);
    // Moves the vault into this folder; the app goes on with it there.
    Q_INVOKABLE void moveVault(const QUrl &folder);
    // Keeps an encrypted copy in this folder after each change (an empty URL: no longer).
    Q_INVOKABLE void setSecondBackupFolder(const QUrl &folder);

signals:
    void waitingCopiesChanged();
    void secondBackupChanged();

private:
    Services *m_services;
};

} // namespace tessera::bridge
