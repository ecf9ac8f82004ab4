#include "otp_options.h"
#include "terminal_input.h"

#include "encoding/base32.h"

namespace tessera::cli {

void addOtpOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("type"), QStringLiteral("totp (default), hotp or steam."), QStringLiteral("TYPE"),
         QStringLiteral("totp")},
        {QStringLiteral("algorithm"), QStringLiteral("SHA1 (default), SHA256 or SHA512."), QStringLiteral("ALG")},
        {QStringLiteral("digits"), QStringLiteral("Code length, 6 (default) to 10; Steam codes have 5."),
         QStringLiteral("N")},
        {QStringLiteral("period"), QStringLiteral("Seconds each TOTP code lasts (default 30)."), QStringLiteral("S")},
        {QStringLiteral("counter"), QStringLiteral("HOTP counter (default 0)."), QStringLiteral("C")},
    });
}

Result<SecretBytes> secretFromOption(const QString &value)
{
    auto secret = value == QLatin1String("-") ? base32::decode(readStdinSecretLine().view())
                                              : base32::decode(value.toStdString());
    if (secret && secret->isEmpty())
        return fail(ErrorCode::SecretTooShort);
    return secret;
}

// Applies the options to the defaults of the chosen type; every value goes through the parsers the
// otpauth:// links use, so the CLI accepts exactly what an account can hold.
Result<otp::OtpParams> otpParamsFrom(const QCommandLineParser &p)
{
    auto type = otp::parseType(p.value(QStringLiteral("type")));
    if (!type)
        return tl::unexpected(type.error());
    otp::OtpParams params = otp::defaultsFor(*type);
    if (p.isSet(QStringLiteral("algorithm")) && *type != otp::OtpType::Steam) {
        auto algorithm = otp::parseAlgorithm(p.value(QStringLiteral("algorithm")));
        if (!algorithm)
            return tl::unexpected(algorithm.error());
        params.algorithm = *algorithm;
    }
    if (p.isSet(QStringLiteral("digits"))) {
        const QString text = p.value(QStringLiteral("digits"));
        if (*type == otp::OtpType::Steam) {
            if (text != QString::number(otp::kSteamDigits))
                return fail(ErrorCode::InvalidDigits, text);
        } else {
            auto digits = otp::parseDigits(text);
            if (!digits)
                return tl::unexpected(digits.error());
            params.digits = *digits;
        }
    }
    if (p.isSet(QStringLiteral("period"))) {
        auto period = otp::parsePeriod(p.value(QStringLiteral("period")));
        if (!period)
            return tl::unexpected(period.error());
        params.periodSeconds = *period;
    }
    if (p.isSet(QStringLiteral("counter"))) {
        auto counter = otp::parseCounter(p.value(QStringLiteral("counter")));
        if (!counter)
            return tl::unexpected(counter.error());
        params.counter = *counter;
    }
    return params;
}

} // namespace tessera::cli
