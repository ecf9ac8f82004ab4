#include "channel/channel_client.h"

#include "channel/private_channel.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace tessera::channel {

struct ChannelClient::Connection
{
    int fd = -1;
    ~Connection()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

namespace {

// Waits until `fd` is ready for `events`, retrying when a signal interrupts; false on timeout or error.
bool waitFor(int fd, short events, int timeoutMs)
{
    pollfd watched{fd, events, 0};
    for (;;) {
        const int ready = ::poll(&watched, 1, timeoutMs);
        if (ready > 0)
            return true;
        if (ready == 0 || errno != EINTR)
            return false;
    }
}

} // namespace

ChannelClient::ChannelClient() : m_connection(std::make_unique<Connection>()) {}
ChannelClient::~ChannelClient() = default;

bool ChannelClient::connectTo(const QString &name, int timeoutMs)
{
    const QByteArray path = QFile::encodeName(name);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.isEmpty() || std::size_t(path.size()) >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    m_connection->fd = fd;
    ::fcntl(fd, F_SETFD, FD_CLOEXEC); // not handed to the full tessera-cli or anything it runs
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
#ifdef SO_NOSIGPIPE
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on); // macOS: a closed peer is an error, not a signal
#endif
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0)
        return true;
    // A listener with a full backlog makes a non-blocking local connect wait (EAGAIN, EINPROGRESS).
    if ((errno != EINPROGRESS && errno != EAGAIN) || !waitFor(fd, POLLOUT, timeoutMs))
        return false;
    int error = 0;
    socklen_t size = sizeof error;
    return ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
}

bool ChannelClient::peerIsSameUser() const
{
    return m_connection->fd >= 0 && channel::peerIsSameUser(m_connection->fd);
}

bool ChannelClient::writeAll(const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
#ifdef MSG_NOSIGNAL
        const ssize_t sent = ::send(m_connection->fd, bytes.constData() + written, std::size_t(bytes.size() - written),
                                    MSG_NOSIGNAL); // a closed peer is an error, not SIGPIPE
#else
        const ssize_t sent = ::send(m_connection->fd, bytes.constData() + written, std::size_t(bytes.size() - written), 0);
#endif
        if (sent > 0)
            written += sent;
        else if (sent < 0 && errno == EINTR)
            continue;
        else if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && waitFor(m_connection->fd, POLLOUT, 5000))
            continue;
        else
            return false;
    }
    return true;
}

ChannelClient::Read ChannelClient::read(QByteArray &into, int timeoutMs)
{
    if (m_connection->fd < 0)
        return Read::Closed;
    if (!waitFor(m_connection->fd, POLLIN, timeoutMs))
        return Read::Timeout;
    char buffer[16384];
    for (;;) {
        const ssize_t got = ::recv(m_connection->fd, buffer, sizeof buffer, 0);
        if (got > 0) {
            into.append(buffer, got);
            return Read::Data;
        }
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return Read::Timeout;
        return Read::Closed;
    }
}

} // namespace tessera::channel
