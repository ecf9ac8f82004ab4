#include "requests/cli_channel.h"

#include "requests/cli_requests_controller.h"

#include "channel/app_request.h"
#include "channel/private_channel.h"

namespace tessera::bridge {

CliChannel::CliChannel(const QString &key, CliRequestsController *requests, QObject *parent)
    : LocalRequestChannel(
          QStringLiteral("cli"), "tessera-cli", key,
          [requests](QByteArray &buffer, qintptr peer, const Reply &reply) -> Result<std::optional<int>> {
              auto request = channel::takeRequest(buffer);
              if (!request)
                  return tl::unexpected(request.error());
              if (!*request)
                  return std::optional<int>();
              return requests->handle(**request, channel::describePeer(peer),
                                      [reply](const channel::AppReply &answer) { reply(channel::encodeReply(answer)); });
          },
          [requests](int ticket) { requests->withdraw(ticket); }, parent)
{
}

} // namespace tessera::bridge
