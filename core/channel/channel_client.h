#pragma once
// The client end of a local channel (private_channel.h), as tessera-cli uses it to ask the running app:
// connect with a deadline, check the peer, write a request, read the answer with deadlines. One file per
// platform: POSIX sockets on Unix (channel_client_unix.cpp), so the lean tessera-cli does not load
// QtNetwork and its eleven libraries; QLocalSocket's named pipes on Windows (channel_client_windows.cpp).

#include <QByteArray>
#include <QString>
#include <memory>

namespace tessera::channel {

class ChannelClient
{
public:
    ChannelClient();
    ~ChannelClient();
    ChannelClient(const ChannelClient &) = delete;
    ChannelClient &operator=(const ChannelClient &) = delete;

    // Connects to the channel of that full name (channelName); false when nobody listens there.
    bool connectTo(const QString &name, int timeoutMs);
    // Whether the listener runs as this user (peerIsSameUser on the connection).
    bool peerIsSameUser() const;
    // Writes all the bytes; false when the connection broke.
    bool writeAll(const QByteArray &bytes);

    enum class Read { Data, Timeout, Closed };
    // Waits up to timeoutMs for bytes and appends those that came to `into`.
    Read read(QByteArray &into, int timeoutMs);

private:
    struct Connection;
    std::unique_ptr<Connection> m_connection;
};

} // namespace tessera::channel
