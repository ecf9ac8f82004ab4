#include "app/local_request_channel.h"

#include "channel/private_channel.h"

#include <QLocalSocket>
#include <QPointer>
#include <QTimer>
#include <QVariant>

namespace tessera::bridge {
namespace {

constexpr int kRequestWithinMs = 5000;
const char *const kBuffer = "tesseraBuffer";
const char *const kTicket = "tesseraTicket";

} // namespace

LocalRequestChannel::LocalRequestChannel(const QString &kind, const char *who, const QString &key, Take take,
                                         Withdraw withdraw, QObject *parent)
    : QObject(parent), m_who(who), m_take(std::move(take)), m_withdraw(std::move(withdraw))
{
    if (auto name = channel::channelName(kind, key))
        m_name = *name;
    else
        m_problem = name.error();
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection())
            accept(socket);
    });
}

void LocalRequestChannel::listen()
{
    if (m_problem)
        return;
    QLocalServer::removeServer(m_name); // a crashed run's socket, in our own folder
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_name))
        m_problem = Error{ErrorCode::ChannelUnsafe, m_server.errorString()};
}

void LocalRequestChannel::accept(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    if (!channel::peerIsSameUser(socket->socketDescriptor())) {
        qWarning("tessera: refused a %s request from a process of another user", m_who);
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
        if (ticket.isValid() && ticket.toInt() >= 0)
            m_withdraw(ticket.toInt());
    });
}

void LocalRequestChannel::read(QLocalSocket *socket)
{
    if (socket->property(kTicket).isValid()) { // one request per connection
        socket->abort();
        return;
    }
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    QPointer<QLocalSocket> client(socket);
    auto taken = m_take(buffer, socket->socketDescriptor(), [client](QByteArray answer) {
        if (!client || client->state() != QLocalSocket::ConnectedState)
            return;
        client->setProperty(kTicket, -1); // answered: nothing to withdraw
        client->write(answer);
        answer.fill('\0');
        client->flush();
        client->disconnectFromServer();
    });
    if (!taken) {
        qWarning("tessera: refused a %s request: %s", m_who, qUtf8Printable(taken.error().detail));
        buffer.fill('\0');
        if (client)
            client->abort();
        return;
    }
    if (!*taken) {
        socket->setProperty(kBuffer, buffer);
        return;
    }
    buffer.fill('\0');
    if (client) {
        client->setProperty(kBuffer, QVariant());
        if (!client->property(kTicket).isValid())
            client->setProperty(kTicket, **taken);
    }
}

} // namespace tessera::bridge
