// libFuzzer target: what a browser extension (or any program of the user posing as one) sends the
// browser host on its standard input, and the host relays to the app's "browser" socket: native
// messaging frames (a 32-bit length, then JSON) read one after another and checked as the protocol's
// messages; and the same bytes as an opened sealed code request. docs/BROWSER.md.
#include "channel/browser_messages.h"
#include "channel/native_messaging.h"

#include <QJsonObject>
#include <cstdlib>
#include <variant>

namespace {

using namespace tessera::channel;

void insist(bool holds)
{
    if (!holds)
        std::abort();
}

// An answer to the message goes back as one frame the other side reads as the same object.
void answerRoundTrips(const QString &id)
{
    const QJsonObject answer = browserAnswer(id, QStringLiteral("absent"));
    auto frame = encodeForBrowser(answer);
    insist(frame.has_value());
    QByteArray buffer = *frame;
    auto back = takeFromBrowser(buffer);
    insist(back && *back && **back == answer && buffer.isEmpty());
}

void checkMessage(const QJsonObject &object)
{
    auto message = parseBrowserMessage(object);
    if (!message) {
        insist(!message.error().detail.isEmpty()); // every refusal says why, for the log
        return;
    }
    if (const auto *hello = std::get_if<BrowserHello>(&*message)) {
        insist(!hello->id.isEmpty() && hello->id.size() <= 64);
        insist(!hello->browser.isEmpty() && hello->browser.size() <= 64);
        answerRoundTrips(hello->id);
    } else {
        const auto &code = std::get<BrowserCodeRequest>(*message);
        insist(!code.id.isEmpty() && code.id.size() <= 64);
        insist(code.sealed.size() >= 28 && code.sealed.size() <= 4096);
        answerRoundTrips(code.id);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QByteArray buffer = bytes;
    for (int frames = 0; frames < 64; ++frames) {
        const qsizetype before = buffer.size();
        auto taken = takeFromBrowser(buffer);
        if (!taken) {
            insist(!taken.error().detail.isEmpty());
            break;
        }
        if (!*taken) {
            insist(buffer.size() == before); // an unfinished frame is left whole for the rest to come
            break;
        }
        insist(buffer.size() < before);
        checkMessage(**taken);
    }
    auto opened = parseSealedCodeRequest(bytes);
    if (opened)
        insist(!opened->site.isEmpty() && opened->site.size() <= 253);
    else
        insist(!opened.error().detail.isEmpty());
    return 0;
}
