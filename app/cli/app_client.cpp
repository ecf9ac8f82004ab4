#include "app_client.h"

#include "vault_choice.h"

#include "channel/channel_client.h"
#include "channel/private_channel.h"
#include "session/vault_location.h"

#include <QElapsedTimer>
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
    channel::ChannelClient app;
    if (!app.connectTo(*name, kConnectMs))
        return std::nullopt;
    // A code goes to nobody but this user's Tessera, and a request is not sent to anybody else either.
    if (!app.peerIsSameUser()) {
        std::fprintf(stderr, "tessera-cli: the channel to Tessera is held by another user's process; using the "
                             "vault file instead.\n");
        return std::nullopt;
    }
    if (!app.writeAll(channel::encodeRequest(request)))
        return std::nullopt;
    QByteArray buffer;
    QElapsedTimer waited;
    waited.start();
    bool saidWaiting = false;
    while (waited.elapsed() < kAnswerMs) {
        const auto read = app.read(buffer, kSayWaitingMs);
        if (read == channel::ChannelClient::Read::Closed)
            break;
        if (read == channel::ChannelClient::Read::Timeout) {
            if (!saidWaiting) {
                std::fprintf(stderr, "tessera-cli: asking Tessera; answer in its window…\n");
                saidWaiting = true;
            }
            continue;
        }
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
