// libFuzzer target: SNTP reply checking and the offset arithmetic on whatever arrives over UDP.
// Input: 8 bytes of nonce (the request's transmit value), then the datagram.
#include "timesync/clock_sample.h"
#include "timesync/ntp_packet.h"

#include <QtEndian>
#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tessera::timesync;
    if (size < 8)
        return 0;
    const NtpTimestamp nonce = qFromBigEndian<quint64>(data);
    const QByteArray datagram(reinterpret_cast<const char *>(data + 8), static_cast<qsizetype>(size - 8));
    auto reply = parseReply(datagram, nonce);
    if (!reply) {
        if (describe(reply.error()).isEmpty())
            std::abort(); // every rejection has words for the user
        return 0;
    }
    // Any accepted reply gives finite numbers, whatever its timestamps (era wrap included).
    const NtpTimestamp t1 = ntpFromUnixMicros(1700000000000000);
    const NtpTimestamp t4 = ntpFromUnixMicros(1700000000020000);
    const ClockSample sample = sampleFrom(t1, reply->receive, reply->transmit, t4);
    if (!std::isfinite(sample.offsetMs) || !std::isfinite(sample.delayMs) || reply->stratum < 1 ||
        reply->stratum > 15)
        std::abort();
    return 0;
}
