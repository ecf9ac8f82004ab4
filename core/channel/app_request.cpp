#include "channel/app_request.h"

#include <QCborMap>
#include <QtEndian>
#include <algorithm>

namespace tessera::channel {
namespace {

constexpr quint32 kRequestMagic = 0x54434c51; // "TCLQ"
constexpr quint32 kReplyMagic = 0x54434c41;   // "TCLA"
constexpr quint32 kVersion = 1;

QByteArray frame(quint32 magic, const QByteArray &body)
{
    QByteArray out(kFrameHeader, Qt::Uninitialized);
    qToBigEndian(magic, out.data());
    qToBigEndian(kVersion, out.data() + 4);
    qToBigEndian(quint32(body.size()), out.data() + 8);
    return out + body;
}

Error garbled(const QString &why)
{
    return Error{ErrorCode::ChannelUnsafe, why};
}

// The body of the frame at the front of `buffer`, once it is all there.
Result<std::optional<QCborMap>> takeFrame(QByteArray &buffer, quint32 magic, qsizetype limit)
{
    QByteArray marker(4, Qt::Uninitialized);
    qToBigEndian(magic, marker.data());
    if (!marker.startsWith(buffer.left(4))) // a wrong marker is refused as soon as it shows
        return tl::unexpected(garbled(QStringLiteral("not a Tessera message")));
    if (buffer.size() < kFrameHeader)
        return std::nullopt;
    if (qFromBigEndian<quint32>(buffer.constData() + 4) != kVersion)
        return tl::unexpected(garbled(QStringLiteral("another version of Tessera")));
    const quint32 length = qFromBigEndian<quint32>(buffer.constData() + 8);
    if (length > quint32(limit))
        return tl::unexpected(garbled(QStringLiteral("a message of %1 bytes, over the limit of %2").arg(length).arg(limit)));
    if (buffer.size() < kFrameHeader + qsizetype(length))
        return std::nullopt;
    const QByteArray body = buffer.mid(kFrameHeader, length);
    std::fill_n(buffer.data(), kFrameHeader + length, '\0'); // what was read is not left behind
    buffer.remove(0, kFrameHeader + length);
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return tl::unexpected(garbled(QStringLiteral("a garbled message")));
    return value.toMap();
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QByteArray encodeRequest(const AppRequest &request)
{
    QCborMap map;
    map.insert(key("command"), int(request.command));
    map.insert(key("query"), request.query);
    if (request.atMs)
        map.insert(key("at"), *request.atMs);
    map.insert(key("systemClock"), request.systemClock);
    return frame(kRequestMagic, map.toCborValue().toCbor());
}

QByteArray encodeReply(const AppReply &reply)
{
    QCborMap map;
    map.insert(key("status"), int(reply.status));
    if (reply.error) {
        map.insert(key("error"), int(reply.error->code));
        map.insert(key("detail"), reply.error->detail);
    }
    map.insert(key("payload"), reply.payload);
    return frame(kReplyMagic, map.toCborValue().toCbor());
}

Result<std::optional<AppRequest>> takeRequest(QByteArray &buffer)
{
    auto map = takeFrame(buffer, kRequestMagic, kRequestLimit);
    if (!map || !*map)
        return map ? Result<std::optional<AppRequest>>(std::nullopt) : tl::unexpected(map.error());
    const QCborMap &m = **map;
    const qint64 command = m.value(key("command")).toInteger(-1);
    if (command < int(AppCommand::Code) || command > int(AppCommand::RecoveryUse) || !m.value(key("query")).isString())
        return tl::unexpected(garbled(QStringLiteral("a request Tessera does not know")));
    AppRequest request;
    request.command = AppCommand(command);
    request.query = m.value(key("query")).toString();
    if (m.contains(key("at")))
        request.atMs = m.value(key("at")).toInteger();
    request.systemClock = m.value(key("systemClock")).toBool();
    return request;
}

Result<std::optional<AppReply>> takeReply(QByteArray &buffer)
{
    auto map = takeFrame(buffer, kReplyMagic, kReplyLimit);
    if (!map || !*map)
        return map ? Result<std::optional<AppReply>>(std::nullopt) : tl::unexpected(map.error());
    const QCborMap &m = **map;
    const qint64 status = m.value(key("status")).toInteger(-1);
    if (status < int(AppStatus::Answered) || status > int(AppStatus::Off))
        return tl::unexpected(garbled(QStringLiteral("an answer Tessera does not know")));
    AppReply reply;
    reply.status = AppStatus(status);
    if (m.contains(key("error"))) {
        const qint64 code = m.value(key("error")).toInteger(-1);
        const bool known = code >= 0 && code <= qint64(ErrorCode::AppRefused);
        reply.error = Error{known ? ErrorCode(code) : ErrorCode::ChannelUnsafe, m.value(key("detail")).toString()};
    }
    reply.payload = m.value(key("payload"));
    return reply;
}

} // namespace tessera::channel
