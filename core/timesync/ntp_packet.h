#pragma once
// SNTP v4 packets (RFC 4330, RFC 5905 §7.3): the 48-byte client request and the checks a reply must
// pass before its timestamps are trusted. Pure functions over bytes, no sockets.

#include "common/error.h"

#include <QByteArray>
#include <cstdint>

namespace tessera::timesync {

inline constexpr int kNtpPacketSize = 48;
inline constexpr quint16 kNtpPort = 123;

// 64-bit NTP timestamp: seconds since 1900-01-01 in the high 32 bits, binary fraction in the low 32.
using NtpTimestamp = std::uint64_t;

// Unix microseconds → NTP. The 32-bit seconds wrap in 2036 (era 1); differences between timestamps stay
// right across the wrap because they are taken modulo 2^64 (RFC 5905 §6).
NtpTimestamp ntpFromUnixMicros(std::int64_t unixMicros);

// b − a in milliseconds, for timestamps less than 68 years apart (signed 64-bit modular difference).
double ntpDifferenceMs(NtpTimestamp a, NtpTimestamp b);

// A client request (LI 0, version 4, mode 3) whose transmit timestamp is `nonce`: a random value the
// server must echo as the reply's origin timestamp (RFC 9109 §3), so a forged or stale reply is told apart.
QByteArray makeRequest(NtpTimestamp nonce);

struct NtpReply
{
    int stratum = 0;
    NtpTimestamp receive = 0;  // t2, server clock when the request arrived
    NtpTimestamp transmit = 0; // t3, server clock when the reply left
    double rootDelayMs = 0;
    double rootDispersionMs = 0;
};

// Why a datagram was not accepted as the answer to our request.
enum class ReplyProblem {
    TooShort,
    NotAServerReply,   // wrong mode or version
    WrongOrigin,       // does not echo our nonce: forged, stale or meant for someone else
    KissOfDeath,       // stratum 0: the server tells us to go away (detail: its code, e.g. RATE, DENY)
    Unsynchronised,    // leap indicator "alarm" or stratum 16 and above
    MissingTimestamps, // zero receive or transmit time
    ImplausibleRoot,   // root delay or dispersion beyond what a working server reports
};

struct ReplyRejection
{
    ReplyProblem problem;
    QByteArray kissCode = {}; // four ASCII letters for KissOfDeath
};

// Checks a datagram against the request that carried `nonce`; the rules of RFC 5905 §8 and RFC 4330 §5.
tl::expected<NtpReply, ReplyRejection> parseReply(const QByteArray &datagram, NtpTimestamp nonce);

// A short English phrase for logs and error details ("wrong origin timestamp").
QString describe(const ReplyRejection &rejection);

} // namespace tessera::timesync
