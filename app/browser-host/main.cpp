// tessera-browser-host: what Chromium and Firefox start for the Tessera extension (docs/BROWSER.md).
// It reads the extension's messages on standard input, checks each one (channel/browser_messages.h),
// and relays it to the running Tessera over the user-only "browser" channel, then relays the app's
// answer back. It holds no key and decides nothing: pairing, the per-site question and the code are the
// app's. With no app running (or another user's process holding the channel) it answers "absent", so
// the extension can say "Start Tessera"; a message that is not the protocol's stops it.
#include "stdio_frames.h"

#include "channel/browser_messages.h"
#include "channel/channel_client.h"
#include "channel/native_messaging.h"
#include "channel/private_channel.h"
#include "common/process_hardening.h"
#include "session/vault_location.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

namespace {

using namespace tessera;

constexpr int kConnectMs = 500;
constexpr int kAnswerMs = 180'000; // the user may be asked to pair, then about the site

// The app's answer to `message`, or nullopt when no app (of this user) answered.
std::optional<QJsonObject> askApp(const QJsonObject &message, const QString &id)
{
    auto name = channel::channelName(QStringLiteral("browser"), session::localChannelKey(session::resolveVaultPath({})));
    auto frame = channel::encodeForBrowser(message);
    channel::ChannelClient app;
    if (!name || !frame || !app.connectTo(*name, kConnectMs) || !app.peerIsSameUser() || !app.writeAll(*frame))
        return std::nullopt;
    QByteArray buffer;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < kAnswerMs) {
        if (app.read(buffer, int(kAnswerMs - waited.elapsed())) == channel::ChannelClient::Read::Closed)
            break;
        auto answer = channel::takeFromBrowser(buffer);
        if (!answer)
            break;
        if (*answer) {
            buffer.fill('\0');
            if ((*answer)->value(QStringLiteral("id")).toString() != id)
                break; // not the answer to this message: relay nothing
            return **answer;
        }
    }
    buffer.fill('\0');
    return std::nullopt;
}

QString idOf(const channel::BrowserMessage &message)
{
    return std::visit([](const auto &m) { return m.id; }, message);
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    tessera::disableCoreDumps();
#endif
    QCoreApplication app(argc, argv); // the arguments are the browser's (its origin or manifest), unused
    QCoreApplication::setApplicationName(QStringLiteral("tessera-browser-host"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    browserhost::useBinaryStdio();
    for (;;) {
        auto received = browserhost::readFromBrowser();
        if (!received) {
            std::fprintf(stderr, "tessera-browser-host: %s; stopping.\n", qUtf8Printable(received.error().detail));
            return 2;
        }
        if (!*received)
            return 0; // the browser is done with this host
        auto message = channel::parseBrowserMessage(**received);
        if (!message) {
            std::fprintf(stderr, "tessera-browser-host: refused %s; stopping.\n", qUtf8Printable(message.error().detail));
            return 2;
        }
        const QString id = idOf(*message);
        const auto answer = askApp(**received, id);
        if (!browserhost::writeToBrowser(answer ? *answer : channel::browserAnswer(id, QStringLiteral("absent"))))
            return 1;
    }
}
