#pragma once
// The app's end of the "browser" channel: tessera-browser-host relays each of the extension's messages
// here (docs/BROWSER.md). Like the "cli" channel (requests/cli_channel.h) it is a local socket in this
// user's private folder, named for this vault; a connection from another user's process is refused
// before a byte is read. Each connection carries one native-messaging frame within a few seconds and
// gets one answer from BrowserRequestsController; a host that goes away withdraws its request.

#include "common/error.h"

#include <QLocalServer>
#include <QObject>
#include <optional>

class QLocalSocket;

namespace tessera::bridge {

class BrowserRequestsController;

class BrowserChannel : public QObject
{
    Q_OBJECT
public:
    BrowserChannel(const QString &key, BrowserRequestsController *requests, QObject *parent = nullptr);

    void listen();
    // Why the browser host cannot reach this app; empty when it can.
    const std::optional<Error> &problem() const { return m_problem; }

private:
    void accept(QLocalSocket *socket);
    void read(QLocalSocket *socket);

    BrowserRequestsController *m_requests;
    QString m_name;
    std::optional<Error> m_problem;
    QLocalServer m_server;
};

} // namespace tessera::bridge
