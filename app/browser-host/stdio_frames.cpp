#include "stdio_frames.h"

#include "channel/native_messaging.h"

#include <cstdio>
#include <cstring>
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace tessera::browserhost {
namespace {

constexpr qsizetype kLengthSize = 4;

// Appends up to `count` bytes of standard input; false at the end of input before any came.
bool readExactly(QByteArray &into, qsizetype count)
{
    const qsizetype start = into.size();
    into.resize(start + count);
    const std::size_t got = std::fread(into.data() + start, 1, static_cast<std::size_t>(count), stdin);
    into.resize(start + qsizetype(got));
    return qsizetype(got) == count;
}

} // namespace

void useBinaryStdio()
{
#ifdef Q_OS_WIN
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
}

Result<std::optional<QJsonObject>> readFromBrowser()
{
    QByteArray buffer;
    if (!readExactly(buffer, kLengthSize))
        return std::optional<QJsonObject>(); // the browser closed the pipe (between messages, or mid-length)
    // The length alone: a frame over the limit is refused here, before its body is read.
    auto message = channel::takeFromBrowser(buffer);
    if (!message || *message)
        return message;
    quint32 length = 0;
    std::memcpy(&length, buffer.constData(), kLengthSize);
    if (!readExactly(buffer, qsizetype(length)))
        return std::optional<QJsonObject>();
    return channel::takeFromBrowser(buffer);
}

bool writeToBrowser(const QJsonObject &message)
{
    auto frame = channel::encodeForBrowser(message);
    if (!frame)
        return false;
    const bool written = std::fwrite(frame->constData(), 1, std::size_t(frame->size()), stdout) == std::size_t(frame->size());
    frame->fill('\0'); // it may hold a code
    return written && std::fflush(stdout) == 0;
}

} // namespace tessera::browserhost
