#pragma once
// The browsers' native messaging framing, the same in Chromium and Firefox: each message is UTF-8 JSON
// after its length as a 32-bit number in this machine's byte order, on the host's standard input and
// output. The browser host (issue 22; docs/BROWSER.md) reads the extension's messages with it and
// writes its answers. What it reads is bounded far below what browsers may send (4 GB): a request
// names a site, so anything longer is refused before its body is read. What it writes is bounded by
// what browsers accept from a host (1 MB).

#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace tessera::channel {

inline constexpr qsizetype kFromBrowserLimit = 64 * 1024;
inline constexpr qsizetype kToBrowserLimit = 1024 * 1024;

// The frame of a message for the browser; ChannelUnsafe when it would be over the browsers' limit.
Result<QByteArray> encodeForBrowser(const QJsonObject &message);

// Takes one whole message off the front of `buffer`: the object, nullopt while it is incomplete, or
// ChannelUnsafe for a length over the limit (said as soon as the length is there), an empty message,
// or one that is not a JSON object. After an error the stream cannot be trusted: the host stops.
Result<std::optional<QJsonObject>> takeFromBrowser(QByteArray &buffer);

} // namespace tessera::channel
