#include "browser/browser_channel.h"

#include "browser/browser_requests_controller.h"

#include "channel/native_messaging.h"
#include "channel/private_channel.h"

#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

namespace tessera::bridge {
namespace {

constexpr int kMessageWithinMs = 5000;
const char *const kBuffer = "tesseraBuffer";
const char *const kTicket = "tesseraTicket";

} // namespace

BrowserChannel::BrowserChannel(const QString &key, BrowserRequestsController *requests, QObject *parent)
    : QObject(parent), m_requests(requests)
{
    if (auto name = channel::channelName(QStringLiteral("browser"), key))
        m_name = *name;
    else
        m_problem = name.error();
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection())
            accept(socket);
    });
}

void BrowserChannel::listen()
{
    if (m_problem)
        return;
    QLocalServer::removeServer(m_name); // a crashed run's socket, in our own folder
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_name))
        m_problem = Error{ErrorCode::ChannelUnsafe, m_server.errorString()};
}

void BrowserChannel::accept(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    if (!channel::peerIsSameUser(socket->socketDescriptor())) {
        qWarning("tessera: refused a browser request from a process of another user");
        socket->abort();
        socket->deleteLater();
        return;
    }
    QTimer::singleShot(kMessageWithinMs, socket, [socket] {
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

void BrowserChannel::read(QLocalSocket *socket)
{
    if (socket->property(kTicket).isValid()) { // one message per connection
        socket->abort();
        return;
    }
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    auto message = channel::takeFromBrowser(buffer);
    if (!message) {
        qWarning("tessera: refused a browser request: %s", qUtf8Printable(message.error().detail));
        socket->abort();
        return;
    }
    if (!*message) {
        socket->setProperty(kBuffer, buffer);
        return;
    }
    socket->setProperty(kBuffer, QVariant());
    QPointer<QLocalSocket> host(socket);
    const int ticket = m_requests->handle(**message, [host](const QJsonObject &answer) {
        if (!host || host->state() != QLocalSocket::ConnectedState)
            return;
        host->setProperty(kTicket, -1); // answered: nothing to withdraw
        auto frame = channel::encodeForBrowser(answer);
        if (frame) {
            host->write(*frame);
            frame->fill('\0');
        }
        host->flush();
        host->disconnectFromServer();
    });
    if (host && !host->property(kTicket).isValid())
        host->setProperty(kTicket, ticket);
}

} // namespace tessera::bridge
