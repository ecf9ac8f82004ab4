#include "channel/browser_messages.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace tessera::channel {
namespace {

constexpr qsizetype kMaxSealed = 4096;   // a site name and two numbers, sealed
constexpr qsizetype kMinSealed = 12 + 16; // a nonce and a tag around nothing
constexpr qsizetype kMaxBrowserName = 64;
constexpr qsizetype kMaxSite = 253;       // the longest host name DNS allows

tl::unexpected<Error> refused(const QString &why)
{
    return tl::unexpected(Error{ErrorCode::ChannelUnsafe, why});
}

bool isPlainId(const QString &id)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return plain.match(id).hasMatch();
}

std::optional<QByteArray> base64Field(const QJsonObject &message, const QString &key)
{
    const QJsonValue value = message.value(key);
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

bool takePublicKey(const QJsonObject &message, std::array<std::uint8_t, 32> &into)
{
    const auto key = base64Field(message, QStringLiteral("key"));
    if (!key || key->size() != qsizetype(into.size()))
        return false;
    std::copy(key->cbegin(), key->cend(), into.begin());
    return true;
}

} // namespace

Result<BrowserMessage> parseBrowserMessage(const QJsonObject &message)
{
    if (message.value(QStringLiteral("v")).toInt(-1) != kBrowserProtocolVersion)
        return refused(QStringLiteral("a message of another protocol version"));
    const QString id = message.value(QStringLiteral("id")).toString();
    if (!isPlainId(id))
        return refused(QStringLiteral("a message without a plain id"));
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("hello")) {
        BrowserHello hello{id, message.value(QStringLiteral("browser")).toString().trimmed(), {}};
        if (hello.browser.isEmpty() || hello.browser.size() > kMaxBrowserName ||
            std::any_of(hello.browser.cbegin(), hello.browser.cend(), [](QChar c) { return !c.isPrint(); }))
            return refused(QStringLiteral("a hello without a browser's name"));
        if (!takePublicKey(message, hello.publicKey))
            return refused(QStringLiteral("a hello without a 32-byte public key"));
        return hello;
    }
    if (type == QLatin1String("code")) {
        const auto sealed = base64Field(message, QStringLiteral("sealed"));
        if (!sealed || sealed->size() < kMinSealed || sealed->size() > kMaxSealed)
            return refused(QStringLiteral("a code request without a sealed request of a sensible size"));
        BrowserCodeRequest request{id, {}, *sealed};
        if (!takePublicKey(message, request.publicKey))
            return refused(QStringLiteral("a code request without the extension's 32-byte public key"));
        return request;
    }
    return refused(QStringLiteral("a message of an unknown type"));
}

Result<SealedCodeRequest> parseSealedCodeRequest(QByteArrayView opened)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(opened.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refused(QStringLiteral("a sealed request that is not a JSON object"));
    const QJsonObject request = document.object();
    SealedCodeRequest parsed;
    parsed.site = request.value(QStringLiteral("site")).toString();
    const QString frame = request.value(QStringLiteral("frame")).toString();
    const QJsonValue at = request.value(QStringLiteral("at"));
    if (parsed.site.isEmpty() || parsed.site.size() > kMaxSite)
        return refused(QStringLiteral("a sealed request without a site"));
    if (frame != QLatin1String("top") && frame != QLatin1String("same-origin"))
        return refused(QStringLiteral("a sealed request without its frame"));
    if (!at.isDouble() || at.toDouble() < 0)
        return refused(QStringLiteral("a sealed request without its time"));
    const QJsonValue account = request.value(QStringLiteral("account"));
    if (!account.isUndefined()) {
        const QUuid id = QUuid::fromString(account.toString());
        if (id.isNull())
            return refused(QStringLiteral("a sealed request with an account that is not an id"));
        parsed.account = id;
    }
    parsed.topFrame = frame == QLatin1String("top");
    parsed.atMs = at.toInteger();
    return parsed;
}

QJsonObject browserAnswer(const QString &id, const QString &type, const QJsonObject &fields)
{
    QJsonObject answer = fields;
    answer.insert(QStringLiteral("v"), kBrowserProtocolVersion);
    answer.insert(QStringLiteral("id"), id);
    answer.insert(QStringLiteral("type"), type);
    return answer;
}

} // namespace tessera::channel
