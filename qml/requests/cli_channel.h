#pragma once
// The app's end of the "cli" channel (DESIGN.md §7): a local socket in this user's private folder, named
// for this vault. Each connection must come from a process of this user (refused otherwise, before a
// byte is read), send one request within a few seconds and within the size limit, and gets one answer
// from CliRequestsController. A client that goes away withdraws its request (and its prompt).

#include "common/error.h"

#include <QLocalServer>
#include <QObject>
#include <optional>

class QLocalSocket;

namespace tessera::bridge {

class CliRequestsController;

class CliChannel : public QObject
{
    Q_OBJECT
public:
    CliChannel(const QString &key, CliRequestsController *requests, QObject *parent = nullptr);

    void listen();
    // Why tessera-cli cannot reach this app (no private folder, listening failed); empty when it can.
    const std::optional<Error> &problem() const { return m_problem; }

private:
    void accept(QLocalSocket *socket);
    void read(QLocalSocket *socket);

    CliRequestsController *m_requests;
    QString m_name;
    std::optional<Error> m_problem;
    QLocalServer m_server;
};

} // namespace tessera::bridge
