#include "timesync/ntp_packet.h"

#include <QtEndian>

namespace tessera::timesync {
namespace {

constexpr std::int64_t kUnixToNtpSeconds = 2208988800; // 1900-01-01 → 1970-01-01
constexpr int kModeClient = 3;
constexpr int kModeServer = 4;
constexpr int kLeapAlarm = 3;
constexpr int kMaxStratum = 15;
constexpr double kMaxRootDistanceMs = 16000; // RFC 5905 MAXDISP: beyond this a server knows nothing

// Offsets of the fields in the 48-byte packet (RFC 5905 figure 8).
constexpr int kRootDelayAt = 4;
constexpr int kRootDispersionAt = 8;
constexpr int kReferenceIdAt = 12;
constexpr int kOriginAt = 24;
constexpr int kReceiveAt = 32;
constexpr int kTransmitAt = 40;

std::uint64_t read64(const QByteArray &bytes, int at)
{
    return qFromBigEndian<quint64>(bytes.constData() + at);
}

// NTP short format: 16.16 fixed-point seconds.
double shortFormatMs(const QByteArray &bytes, int at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at) * 1000.0 / 65536.0;
}

} // namespace

NtpTimestamp ntpFromUnixMicros(std::int64_t unixMicros)
{
    std::int64_t seconds = unixMicros / 1000000;
    std::int64_t micros = unixMicros % 1000000;
    if (micros < 0) {
        micros += 1000000;
        seconds -= 1;
    }
    const auto ntpSeconds = static_cast<std::uint64_t>(seconds + kUnixToNtpSeconds) & 0xffffffffu;
    const auto fraction = (static_cast<std::uint64_t>(micros) << 32) / 1000000;
    return (ntpSeconds << 32) | fraction;
}

double ntpDifferenceMs(NtpTimestamp a, NtpTimestamp b)
{
    const auto difference = static_cast<std::int64_t>(b - a);
    return static_cast<double>(difference) / 4294967296.0 * 1000.0;
}

QByteArray makeRequest(NtpTimestamp nonce)
{
    QByteArray packet(kNtpPacketSize, '\0');
    packet[0] = char((0 << 6) | (4 << 3) | kModeClient);
    qToBigEndian<quint64>(nonce, packet.data() + kTransmitAt);
    return packet;
}

tl::expected<NtpReply, ReplyRejection> parseReply(const QByteArray &datagram, NtpTimestamp nonce)
{
    using Rejected = tl::unexpected<ReplyRejection>;
    if (datagram.size() < kNtpPacketSize)
        return Rejected({ReplyProblem::TooShort});
    const auto first = static_cast<std::uint8_t>(datagram[0]);
    const int leap = first >> 6;
    const int version = (first >> 3) & 7;
    const int mode = first & 7;
    if (mode != kModeServer || version < 1 || version > 4)
        return Rejected({ReplyProblem::NotAServerReply});
    // The origin check comes before anything the server says about itself: an unmatched datagram,
    // kiss-o'-death included, may be forged by anyone who can send us UDP.
    if (read64(datagram, kOriginAt) != nonce)
        return Rejected({ReplyProblem::WrongOrigin});

    NtpReply reply;
    reply.stratum = static_cast<std::uint8_t>(datagram[1]);
    if (reply.stratum == 0)
        return Rejected({ReplyProblem::KissOfDeath, datagram.mid(kReferenceIdAt, 4)});
    if (leap == kLeapAlarm || reply.stratum > kMaxStratum)
        return Rejected({ReplyProblem::Unsynchronised});
    reply.receive = read64(datagram, kReceiveAt);
    reply.transmit = read64(datagram, kTransmitAt);
    if (reply.receive == 0 || reply.transmit == 0)
        return Rejected({ReplyProblem::MissingTimestamps});
    reply.rootDelayMs = shortFormatMs(datagram, kRootDelayAt);
    reply.rootDispersionMs = shortFormatMs(datagram, kRootDispersionAt);
    if (reply.rootDelayMs / 2 + reply.rootDispersionMs > kMaxRootDistanceMs)
        return Rejected({ReplyProblem::ImplausibleRoot});
    return reply;
}

QString describe(const ReplyRejection &rejection)
{
    switch (rejection.problem) {
    case ReplyProblem::TooShort:
        return QStringLiteral("reply too short");
    case ReplyProblem::NotAServerReply:
        return QStringLiteral("not an NTP server reply");
    case ReplyProblem::WrongOrigin:
        return QStringLiteral("reply does not match the request (wrong origin timestamp)");
    case ReplyProblem::KissOfDeath: {
        QString code;
        for (char c : rejection.kissCode)
            code += (c >= 'A' && c <= 'Z') ? QChar::fromLatin1(c) : QChar(u'?');
        return QStringLiteral("server refused service (kiss-o'-death %1)").arg(code);
    }
    case ReplyProblem::Unsynchronised:
        return QStringLiteral("server clock is not synchronised");
    case ReplyProblem::MissingTimestamps:
        return QStringLiteral("reply without timestamps");
    case ReplyProblem::ImplausibleRoot:
        return QStringLiteral("server too far from its reference clock");
    }
    return {};
}

} // namespace tessera::timesync
