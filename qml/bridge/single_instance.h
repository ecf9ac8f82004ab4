#pragma once
// One Tessera per user and vault: the first instance listens on a local socket (this user only); a second
// launch hands over what it was given (files, otpauth:// links) and asks it to show its window, then exits.
// So "Open with Tessera" and a link clicked in a browser reach the running Tessera, not a lost second one.

#include <QLocalServer>
#include <QObject>
#include <QStringList>

namespace tessera::bridge {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);

    // True when another instance answered and took the arguments (relative paths are read against
    // workingDirectory there): this one should exit.
    bool notifyRunningInstance(const QStringList &arguments = {}, const QString &workingDirectory = {});
    // Starts listening; call when this process is the one that stays.
    void listen();

signals:
    void raiseRequested();
    void openRequested(const QStringList &arguments, const QString &workingDirectory);

private:
    void readRequest(class QLocalSocket *socket);

    QString m_name;
    QLocalServer m_server;
};

} // namespace tessera::bridge
