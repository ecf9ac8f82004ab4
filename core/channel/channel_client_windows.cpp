#include "channel/channel_client.h"

#include "channel/private_channel.h"

#include <QLocalSocket>

namespace tessera::channel {

// Windows: a named pipe whose ACL admits only this user, through QLocalSocket (private_channel.h).
struct ChannelClient::Connection
{
    QLocalSocket socket;
};

ChannelClient::ChannelClient() : m_connection(std::make_unique<Connection>()) {}
ChannelClient::~ChannelClient() = default;

bool ChannelClient::connectTo(const QString &name, int timeoutMs)
{
    m_connection->socket.connectToServer(name);
    return m_connection->socket.waitForConnected(timeoutMs);
}

bool ChannelClient::peerIsSameUser() const
{
    return channel::peerIsSameUser(m_connection->socket.socketDescriptor());
}

bool ChannelClient::writeAll(const QByteArray &bytes)
{
    if (m_connection->socket.write(bytes) != bytes.size())
        return false;
    while (m_connection->socket.bytesToWrite() > 0)
        if (!m_connection->socket.waitForBytesWritten(5000))
            return false;
    return true;
}

ChannelClient::Read ChannelClient::read(QByteArray &into, int timeoutMs)
{
    QLocalSocket &socket = m_connection->socket;
    if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs))
        return socket.state() == QLocalSocket::ConnectedState ? Read::Timeout : Read::Closed;
    into += socket.readAll();
    return Read::Data;
}

} // namespace tessera::channel
