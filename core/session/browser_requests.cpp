#include "session/browser_requests.h"

#include "crypto/key_agreement.h"
#include "session/browser_pairing.h"

#include <QJsonDocument>
#include <cstdlib>

namespace tessera::session {
namespace {

constexpr qint64 kRememberedMs = 2 * kBrowserRequestFreshMs; // longer than a request stays fresh

} // namespace

bool SeenRequests::firstTime(const QByteArray &extensionKey, const QString &id, qint64 nowMs)
{
    m_seen.removeIf([nowMs](const auto &entry) { return entry.value() < nowMs - kRememberedMs; });
    const QByteArray key = extensionKey + id.toLatin1();
    const bool first = !m_seen.contains(key);
    m_seen.insert(key, nowMs);
    return first;
}

tl::expected<OpenedCodeRequest, CodeRequestRefusal> openCodeRequest(const vault::VaultStore &store, const QString &device,
                                                                    const channel::BrowserCodeRequest &message,
                                                                    qint64 nowMs, SeenRequests &seen)
{
    const QByteArray extensionKey(reinterpret_cast<const char *>(message.publicKey.data()), qsizetype(message.publicKey.size()));
    const vault::BrowserPair *pair = browserPairFor(store.vault(), device, extensionKey);
    if (!pair)
        return tl::unexpected(CodeRequestRefusal::Unpaired);
    auto key = browserPairKey(store, *pair);
    if (!key)
        return tl::unexpected(CodeRequestRefusal::Unpaired);
    auto opened = crypto::openWithAgreedKey(*key, message.sealed, message.id.toLatin1());
    if (!opened)
        return tl::unexpected(CodeRequestRefusal::Unpaired);
    auto request = channel::parseSealedCodeRequest(QByteArrayView(opened->view().data(), qsizetype(opened->size())));
    if (!request)
        return tl::unexpected(CodeRequestRefusal::Unpaired);
    if (std::llabs(nowMs - request->atMs) > kBrowserRequestFreshMs || !seen.firstTime(extensionKey, message.id, nowMs))
        return tl::unexpected(CodeRequestRefusal::Expired);
    return OpenedCodeRequest{std::move(*key), *request};
}

Result<QJsonObject> sealedAnswer(const SecretBytes &pairKey, const QString &id, const QJsonObject &fields)
{
    QByteArray plain = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    auto sealed = crypto::sealWithAgreedKey(
        pairKey, {reinterpret_cast<const std::uint8_t *>(plain.constData()), std::size_t(plain.size())}, id.toLatin1());
    plain.fill('\0'); // it may hold a code
    if (!sealed)
        return tl::unexpected(sealed.error());
    return channel::browserAnswer(id, QStringLiteral("sealed"), {{QStringLiteral("sealed"), QString::fromLatin1(sealed->toBase64())}});
}

} // namespace tessera::session
