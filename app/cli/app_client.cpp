#include "app_client.h"

#include "vault_choice.h"

#include "channel/private_channel.h"
#include "session/vault_location.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <cstdio>

namespace tessera::cli {
namespace {

constexpr int kConnectMs = 300;
constexpr int kAnswerMs = 120'000; // the user may be asked first
constexpr int kSayWaitingMs = 400;

} // namespace

std::optional<Result<QCborValue>> askUnlockedApp(const QCommandLineParser &p, const channel::AppRequest &request)
{
    if (p.isSet(QStringLiteral("no-app")) || p.isSet(QStringLiteral("password-stdin")))
        return std::nullopt;
    auto name = channel::channelName(QStringLiteral("cli"), session::localChannelKey(vaultPathFrom(p)));
    if (!name)
        return std::nullopt;
    QLocalSocket socket;
    socket.connectToServer(*name);
    if (!socket.waitForConnected(kConnectMs))
        return std::nullopt;
    // A code goes to nobody but this user's Tessera, and a request is not sent to anybody else either.
    if (!channel::peerIsSameUser(socket.socketDescriptor())) {
        std::fprintf(stderr, "tessera-cli: the channel to Tessera is held by another user's process; using the "
                             "vault file instead.\n");
        return std::nullopt;
    }
    socket.write(channel::encodeRequest(request));
    socket.flush();
    QByteArray buffer;
    QElapsedTimer waited;
    waited.start();
    bool saidWaiting = false;
    while (waited.elapsed() < kAnswerMs) {
        if (!socket.waitForReadyRead(kSayWaitingMs)) {
            if (socket.state() != QLocalSocket::ConnectedState)
                break;
            if (!saidWaiting) {
                std::fprintf(stderr, "tessera-cli: asking Tessera; answer in its window…\n");
                saidWaiting = true;
            }
            continue;
        }
        buffer += socket.readAll();
        auto reply = channel::takeReply(buffer);
        if (!reply)
            break;
        if (!*reply)
            continue;
        switch ((*reply)->status) {
        case channel::AppStatus::Answered:
            return Result<QCborValue>((*reply)->payload);
        case channel::AppStatus::Failed:
            return Result<QCborValue>(tl::unexpected((*reply)->error.value_or(Error{ErrorCode::ChannelUnsafe, {}})));
        case channel::AppStatus::Refused:
            return Result<QCborValue>(tl::unexpected((*reply)->error.value_or(Error{ErrorCode::AppRefused, {}})));
        case channel::AppStatus::Locked:
        case channel::AppStatus::Off:
            return std::nullopt;
        }
    }
    std::fprintf(stderr, "tessera-cli: Tessera did not answer; using the vault file instead.\n");
    return std::nullopt;
}

} // namespace tessera::cli
