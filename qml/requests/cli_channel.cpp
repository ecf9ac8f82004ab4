#include "requests/cli_channel.h"

#include "requests/cli_requests_controller.h"

#include "channel/app_request.h"
#include "channel/private_channel.h"

#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

namespace tessera::bridge {
namespace {

constexpr int kRequestWithinMs = 5000;
const char *const kBuffer = "tesseraBuffer";
const char *const kTicket = "tesseraTicket";

} // namespace

CliChannel::CliChannel(const QString &key, CliRequestsController *requests, QObject *parent)
    : QObject(parent), m_requests(requests)
{
    if (auto name = channel::channelName(QStringLiteral("cli"), key))
        m_name = *name;
    else
        m_problem = name.error();
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection())
            accept(socket);
    });
}

void CliChannel::listen()
{
    if (m_problem)
        return;
    QLocalServer::removeServer(m_name); // a crashed run's socket, in our own folder
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_name))
        m_problem = Error{ErrorCode::ChannelUnsafe, m_server.errorString()};
}

void CliChannel::accept(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    if (!channel::peerIsSameUser(socket->socketDescriptor())) {
        qWarning("tessera: refused a tessera-cli request from a process of another user");
        socket->abort();
        socket->deleteLater();
        return;
    }
    // A client that connects and says nothing does not keep the connection.
    QTimer::singleShot(kRequestWithinMs, socket, [socket] {
        if (!socket->property(kTicket).isValid())
            socket->abort();
    });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
    connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
        const QVariant ticket = socket->property(kTicket);
        if (ticket.isValid())
            m_requests->withdraw(ticket.toInt());
    });
}

void CliChannel::read(QLocalSocket *socket)
{
    if (socket->property(kTicket).isValid()) { // one request per connection
        socket->abort();
        return;
    }
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    auto request = channel::takeRequest(buffer);
    if (!request) {
        qWarning("tessera: refused a tessera-cli request: %s", qUtf8Printable(request.error().detail));
        socket->abort();
        return;
    }
    if (!*request) {
        socket->setProperty(kBuffer, buffer);
        return;
    }
    socket->setProperty(kBuffer, QVariant());
    QPointer<QLocalSocket> client(socket);
    const int ticket = m_requests->handle(**request, channel::describePeer(socket->socketDescriptor()),
                                          [client](const channel::AppReply &reply) {
                                              if (!client || client->state() != QLocalSocket::ConnectedState)
                                                  return;
                                              client->setProperty(kTicket, -1); // answered: nothing to withdraw
                                              QByteArray message = channel::encodeReply(reply);
                                              client->write(message);
                                              message.fill('\0');
                                              client->flush();
                                              client->disconnectFromServer();
                                          });
    if (client && !client->property(kTicket).isValid())
        client->setProperty(kTicket, ticket);
}

} // namespace tessera::bridge
