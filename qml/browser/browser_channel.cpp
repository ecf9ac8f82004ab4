#include "browser/browser_channel.h"

#include "browser/browser_requests_controller.h"

#include "channel/native_messaging.h"

namespace tessera::bridge {

BrowserChannel::BrowserChannel(const QString &key, BrowserRequestsController *requests, QObject *parent)
    : LocalRequestChannel(
          QStringLiteral("browser"), "browser", key,
          [requests](QByteArray &buffer, qintptr, const Reply &reply) -> Result<std::optional<int>> {
              auto message = channel::takeFromBrowser(buffer);
              if (!message)
                  return tl::unexpected(message.error());
              if (!*message)
                  return std::optional<int>();
              return requests->handle(**message, [reply](const QJsonObject &answer) {
                  auto frame = channel::encodeForBrowser(answer);
                  reply(frame ? *frame : QByteArray()); // over the browsers' limit: closed without an answer
              });
          },
          [requests](int ticket) { requests->withdraw(ticket); }, parent)
{
}

} // namespace tessera::bridge
