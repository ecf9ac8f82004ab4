#include "uri/otpauth_writer.h"

#include "encoding/base32.h"
#include "uri/percent_encoding.h"

#include <cstring>

namespace tessera::uri {

SecretBytes writeOtpauth(const KeyUri &account)
{
    const otp::OtpParams &p = account.params;
    QByteArray head = "otpauth://" + otp::typeName(p.type).toLatin1() + '/';
    // A name with a colon gets a prefix even when the issuer is empty (":a:b"), so it reads back whole.
    if (!account.issuer.isEmpty() || account.name.contains(u':'))
        head += percentEncode(account.issuer.toUtf8()) + ':';
    head += percentEncode(account.name.toUtf8()) + "?secret=";

    QByteArray tail;
    if (!account.issuer.isEmpty())
        tail += "&issuer=" + percentEncode(account.issuer.toUtf8());
    tail += "&algorithm=" + otp::algorithmName(p.algorithm).toLatin1();
    tail += "&digits=" + QByteArray::number(p.digits);
    if (p.type == otp::OtpType::Hotp)
        tail += "&counter=" + QByteArray::number(static_cast<qulonglong>(p.counter));
    else
        tail += "&period=" + QByteArray::number(static_cast<qlonglong>(p.periodSeconds));

    const SecretBytes secret = base32::encode(account.secret.bytes());
    SecretBytes out(static_cast<std::size_t>(head.size()) + secret.size() + static_cast<std::size_t>(tail.size()));
    std::uint8_t *cursor = out.data();
    std::memcpy(cursor, head.constData(), static_cast<std::size_t>(head.size()));
    cursor += head.size();
    if (!secret.isEmpty())
        std::memcpy(cursor, secret.data(), secret.size());
    cursor += secret.size();
    std::memcpy(cursor, tail.constData(), static_cast<std::size_t>(tail.size()));
    return out;
}

} // namespace tessera::uri
