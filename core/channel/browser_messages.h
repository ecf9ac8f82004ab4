#pragma once
// The extension's messages to the browser host and the host's answers (docs/BROWSER.md, "Native
// messaging"), checked in one place for the host and the app. Everything from a browser is checked
// here before it is used: the version, an id of a few plain characters, and each field's kind and size.
// The code request itself travels sealed with the pair's key (crypto/key_agreement); its opened form
// is checked by parseSealedCodeRequest.

#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <array>
#include <cstdint>
#include <optional>
#include <variant>

namespace tessera::channel {

inline constexpr int kBrowserProtocolVersion = 1;

// "hello": a browser profile's extension introduces itself with its X25519 public key.
struct BrowserHello
{
    QString id;
    QString browser; // as the extension names it ("Chromium", "Firefox"); shown in the pairing prompt
    std::array<std::uint8_t, 32> publicKey{};
};

// "code": a sealed request for the code of the tab's site, from the extension with that public key
// (which names the pair whose key sealed it).
struct BrowserCodeRequest
{
    QString id;
    std::array<std::uint8_t, 32> publicKey{};
    QByteArray sealed;
};

using BrowserMessage = std::variant<BrowserHello, BrowserCodeRequest>;

// ChannelUnsafe with the reason for anything that is not one of the messages above, whole and well formed.
Result<BrowserMessage> parseBrowserMessage(const QJsonObject &message);

// The opened code request: the tab's host, whether the field is in the top frame or a frame of the
// top frame's own origin, and when it was made (ms since 1970).
struct SealedCodeRequest
{
    QString site;
    bool topFrame = true;
    qint64 atMs = 0;
    std::optional<QUuid> account; // the account chosen on the page, when several matched
};
Result<SealedCodeRequest> parseSealedCodeRequest(QByteArrayView opened);

// An answer to the message `id`: {"v": 1, "id": id, "type": type, ...fields}.
QJsonObject browserAnswer(const QString &id, const QString &type, const QJsonObject &fields = {});

} // namespace tessera::channel
