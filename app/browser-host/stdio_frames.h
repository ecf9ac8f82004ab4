#pragma once
// The host's standard input and output as native messaging frames (channel/native_messaging.h), read
// and written whole with blocking calls: the browser is the only one on the other end, and the host has
// nothing else to do while it waits.

#include "common/error.h"

#include <QJsonObject>
#include <optional>

namespace tessera::browserhost {

// Puts standard input and output in binary mode (Windows would turn \n into \r\n).
void useBinaryStdio();
// The next message from the browser; nullopt when the browser closed the pipe; ChannelUnsafe for a
// frame over the limit (said before its body is read) or a body that is not a JSON object.
Result<std::optional<QJsonObject>> readFromBrowser();
// Writes one message; false when it is over the browsers' limit or the pipe is gone.
bool writeToBrowser(const QJsonObject &message);

} // namespace tessera::browserhost
