#include "channel/native_messaging.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>
#include <cstring>

namespace tessera::channel {
namespace {

constexpr qsizetype kLengthSize = 4;

Error refused(const QString &why)
{
    return Error{ErrorCode::ChannelUnsafe, why};
}

} // namespace

Result<QByteArray> encodeForBrowser(const QJsonObject &message)
{
    const QByteArray body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (body.size() > kToBrowserLimit)
        return tl::unexpected(refused(QStringLiteral("an answer of %1 bytes is over the browsers' limit").arg(body.size())));
    const auto length = static_cast<quint32>(body.size());
    QByteArray frame(kLengthSize, Qt::Uninitialized);
    std::memcpy(frame.data(), &length, kLengthSize); // the machine's own byte order, as browsers read it
    return frame + body;
}

Result<std::optional<QJsonObject>> takeFromBrowser(QByteArray &buffer)
{
    if (buffer.size() < kLengthSize)
        return std::optional<QJsonObject>();
    quint32 length = 0;
    std::memcpy(&length, buffer.constData(), kLengthSize);
    if (length == 0 || length > quint32(kFromBrowserLimit))
        return tl::unexpected(refused(QStringLiteral("a message of %1 bytes from the browser").arg(length)));
    if (buffer.size() < kLengthSize + qsizetype(length))
        return std::optional<QJsonObject>();
    const QByteArray body = buffer.mid(kLengthSize, qsizetype(length));
    buffer.remove(0, kLengthSize + qsizetype(length));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return tl::unexpected(refused(QStringLiteral("a message from the browser that is not a JSON object")));
    return std::optional<QJsonObject>(document.object());
}

} // namespace tessera::channel
