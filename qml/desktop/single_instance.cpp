#include "desktop/single_instance.h"

#include "channel/private_channel.h"

#include <QDataStream>
#include <QEventLoop>
#include <QLocalSocket>
#include <QTimer>

namespace tessera::bridge {
namespace {

// One request: a marker, the payload's length, then the launch's working directory and its arguments
// in a QDataStream. The running instance answers one byte once it has taken them. Both ends are the
// same build, so the stream version is fixed rather than negotiated.
constexpr quint32 kMagic = 0x54455332; // "TES2"
constexpr quint32 kMaxRequest = 1 << 20; // a command line is never this long; more is not ours
constexpr char kAccepted = 'A';
constexpr int kHeaderSize = 8;
constexpr int kWaitMs = 2000;

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent)
{
    if (auto name = channel::channelName(QStringLiteral("instance"), key))
        m_name = *name;
    else
        m_problem = name.error();
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection())
            accept(socket);
    });
}

void SingleInstance::accept(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // The folder keeps other users out; this holds even against one who got in (root, a bad mode).
    if (!channel::peerIsSameUser(socket->socketDescriptor())) {
        qWarning("tessera: refused a hand-over from a process of another user");
        socket->abort();
        socket->deleteLater();
        return;
    }
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < kHeaderSize)
        return;
    QDataStream header(socket->peek(kHeaderSize));
    quint32 magic = 0;
    quint32 length = 0;
    header >> magic >> length;
    if (magic != kMagic || length > kMaxRequest) { // not a Tessera launch: ignore it rather than guess
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < kHeaderSize + qint64(length))
        return; // the rest is on its way
    socket->skip(kHeaderSize);
    QDataStream in(socket->read(length));
    in.setVersion(QDataStream::Qt_6_4);
    QString workingDirectory;
    QStringList arguments;
    in >> workingDirectory >> arguments;
    if (in.status() != QDataStream::Ok) {
        socket->abort();
        return;
    }
    socket->write(&kAccepted, 1);
    socket->flush();
    socket->disconnectFromServer();
    if (arguments == QStringList{quickArgument()})
        return emit quickRequested();
    if (!arguments.isEmpty())
        emit openRequested(arguments, workingDirectory);
    emit raiseRequested();
}

bool SingleInstance::notifyRunningInstance(const QStringList &arguments, const QString &workingDirectory)
{
    if (m_problem)
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(500))
        return false;
    // Links carry secrets: they go only to a listener that runs as this user.
    if (!channel::peerIsSameUser(socket.socketDescriptor())) {
        qWarning("tessera: the hand-over channel is held by another user's process; starting on its own");
        socket.abort();
        return false;
    }
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << workingDirectory << arguments;
    QByteArray request;
    QDataStream framed(&request, QIODevice::WriteOnly);
    framed << kMagic << quint32(payload.size());
    request += payload;
    socket.write(request);
    // Handed over only when the running Tessera says so; a stalled or crashed one is not trusted with it.
    // An event loop rather than waitForReadyRead: the listener may live in this very thread (tests).
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QLocalSocket::readyRead, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
    deadline.start(kWaitMs);
    while (socket.bytesAvailable() < 1 && deadline.isActive() && socket.state() == QLocalSocket::ConnectedState)
        loop.exec();
    char answer = 0;
    return socket.read(&answer, 1) == 1 && answer == kAccepted;
}

void SingleInstance::listen()
{
    if (m_problem)
        return;
    // A socket left by a crashed instance would block listening: nobody answered it, so remove it. It
    // lies in our own folder, so this never removes another user's file.
    QLocalServer::removeServer(m_name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_name))
        m_problem = Error{ErrorCode::ChannelUnsafe, m_server.errorString()};
}

} // namespace tessera::bridge
