#include "single_instance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalSocket>

namespace tessera::bridge {
namespace {

// One request: a marker, the launch's working directory and its arguments, in a QDataStream. Both ends
// are the same build, so the stream version is fixed rather than negotiated.
constexpr quint32 kMagic = 0x54455331; // "TES1"
constexpr qint64 kMaxRequest = 1 << 20; // a command line is never this long; more is not ours

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent),
      m_name(QStringLiteral("tessera-") +
             QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)))
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            // The request is complete when the sender hangs up.
            connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
                readRequest(socket);
                socket->deleteLater();
            });
            connect(socket, &QLocalSocket::readyRead, this, [socket] {
                if (socket->bytesAvailable() > kMaxRequest)
                    socket->abort();
            });
        }
    });
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    QDataStream in(socket->readAll());
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QString workingDirectory;
    QStringList arguments;
    in >> magic >> workingDirectory >> arguments;
    if (in.status() != QDataStream::Ok || magic != kMagic)
        return; // not a Tessera launch: ignore it rather than guess
    if (!arguments.isEmpty())
        emit openRequested(arguments, workingDirectory);
    emit raiseRequested();
}

bool SingleInstance::notifyRunningInstance(const QStringList &arguments, const QString &workingDirectory)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(500))
        return false;
    QByteArray request;
    QDataStream out(&request, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << workingDirectory << arguments;
    socket.write(request);
    socket.waitForBytesWritten(2000);
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(2000);
    return true;
}

void SingleInstance::listen()
{
    // A socket left by a crashed instance would block listening: nobody answered it, so remove it.
    QLocalServer::removeServer(m_name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    m_server.listen(m_name);
}

} // namespace tessera::bridge
