#pragma once
// The app's end of a channel other programs of this user ask it through (DESIGN.md §7): tessera-cli's
// "cli" and the browser host's "browser". A local socket in this user's private folder, named for this
// vault; a connection from another user's process is refused before a byte is read. Each connection
// sends one request within a few seconds and gets one answer; one that goes away withdraws its request
// (and its prompt). What a request looks like and who answers it is the owner's: `take` and `withdraw`.

#include "common/error.h"

#include <QLocalServer>
#include <QObject>
#include <functional>
#include <optional>

class QLocalSocket;

namespace tessera::bridge {

class LocalRequestChannel : public QObject
{
    Q_OBJECT
public:
    // Sends the whole answer (the bytes are wiped after) and closes the connection; nothing when it is gone.
    using Reply = std::function<void(QByteArray answer)>;
    // The request in `buffer` handed on with its reply: its ticket; nullopt while it is not whole yet
    // (the buffer is kept); an Error refuses the connection.
    using Take = std::function<Result<std::optional<int>>(QByteArray &buffer, qintptr peer, Reply reply)>;
    using Withdraw = std::function<void(int ticket)>;

    // `kind` names the socket ("cli", "browser"); `who` the peer in the log ("tessera-cli", "browser").
    LocalRequestChannel(const QString &kind, const char *who, const QString &key, Take take, Withdraw withdraw,
                        QObject *parent = nullptr);

    void listen();
    // Why the programs cannot reach this app (no private folder, listening failed); empty when they can.
    const std::optional<Error> &problem() const { return m_problem; }

private:
    void accept(QLocalSocket *socket);
    void read(QLocalSocket *socket);

    const char *m_who;
    Take m_take;
    Withdraw m_withdraw;
    QString m_name;
    std::optional<Error> m_problem;
    QLocalServer m_server;
};

} // namespace tessera::bridge
