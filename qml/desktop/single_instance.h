#pragma once
// One Tessera per user and vault: the first instance listens on a private local channel
// (core/channel: a folder only this user can write, the peer's user checked on both ends); a second
// launch hands over what it was given (files, otpauth:// links) and asks it to show its window, then
// exits. So "Open with Tessera" and a link clicked in a browser reach the running Tessera, never another
// user's listener.

#include "common/error.h"

#include <QLocalServer>
#include <QObject>
#include <QStringList>
#include <optional>

class QLocalSocket;

namespace tessera::bridge {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    // What a second launch hands over for `tessera --quick`.
    static QString quickArgument() { return QStringLiteral("--quick"); }

    // True when the running instance (of this user) confirmed it took the arguments (relative paths are
    // read against workingDirectory there): this one should exit. False when nobody answered, or when
    // whatever answered is not this user's Tessera: then nothing was sent and this one carries on.
    bool notifyRunningInstance(const QStringList &arguments = {}, const QString &workingDirectory = {});
    // Starts listening; call when this process is the one that stays.
    void listen();

    // Why there is no channel (no private folder, or listening failed); the app works alone then.
    const std::optional<Error> &problem() const { return m_problem; }
    const QString &serverName() const { return m_name; }

signals:
    void raiseRequested();
    // `tessera --quick` was started: open the quick picker (the window stays as it is).
    void quickRequested();
    void openRequested(const QStringList &arguments, const QString &workingDirectory);

private:
    void accept(QLocalSocket *socket);
    void readRequest(QLocalSocket *socket);

    QString m_name;
    std::optional<Error> m_problem;
    QLocalServer m_server;
};

} // namespace tessera::bridge
