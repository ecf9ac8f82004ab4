// tessera-cli code --secret B32 [--type] [--algorithm] [--digits] [--period] [--counter] [--time]
#include "cli_support.h"

#include "common/clock.h"
#include "encoding/base32.h"
#include "otp/code_generator.h"

#include <cstdio>
#include <limits>

namespace tessera::cli {
namespace {

const QString kCommand = QStringLiteral("code");

Result<std::int64_t> parseUnixSeconds(const QString &text)
{
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (!ok || seconds < 0 || seconds > std::numeric_limits<std::int64_t>::max() / 1000 ||
        text.trimmed() != text || text.startsWith(u'+'))
        return fail(ErrorCode::InvalidTime, text);
    return seconds * 1000;
}

// Applies the options to the defaults of the chosen type; every value goes through the same
// parsers the otpauth:// links use, so the CLI accepts exactly what an account can hold.
Result<otp::OtpParams> paramsFrom(const QCommandLineParser &p)
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

} // namespace

int runCode(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Print the current code for a secret key."));
    p.addOptions({
        {QStringLiteral("secret"), QStringLiteral("The Base32 secret key, or - to read it from standard input."),
         QStringLiteral("B32")},
        {QStringLiteral("type"), QStringLiteral("totp (default), hotp or steam."), QStringLiteral("TYPE"),
         QStringLiteral("totp")},
        {QStringLiteral("algorithm"), QStringLiteral("SHA1 (default), SHA256 or SHA512."), QStringLiteral("ALG")},
        {QStringLiteral("digits"), QStringLiteral("Code length, 6 (default) to 10; Steam codes have 5."),
         QStringLiteral("N")},
        {QStringLiteral("period"), QStringLiteral("Seconds each TOTP code lasts (default 30)."), QStringLiteral("S")},
        {QStringLiteral("counter"), QStringLiteral("HOTP counter (default 0)."), QStringLiteral("C")},
        {QStringLiteral("time"), QStringLiteral("Compute for this Unix time in seconds instead of now."),
         QStringLiteral("UNIX_SECONDS")},
    });
    p.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("An account in the vault (not available yet)."));
    if (auto done = parseCommandLine(p, kCommand, args))
        return *done;
    if (!p.positionalArguments().isEmpty())
        return usageError(kCommand, QStringLiteral("codes for vault accounts need the vault, which this build "
                                                   "does not have yet; give the key with --secret"));
    if (!p.isSet(QStringLiteral("secret")))
        return usageError(kCommand, QStringLiteral("give the secret key with --secret"));

    auto params = paramsFrom(p);
    if (!params)
        return report(params.error());
    std::int64_t nowMs = systemNowMs();
    if (p.isSet(QStringLiteral("time"))) {
        auto ms = parseUnixSeconds(p.value(QStringLiteral("time")));
        if (!ms)
            return report(ms.error());
        nowMs = *ms;
    }
    const QString secretOption = p.value(QStringLiteral("secret"));
    auto secret = secretOption == QLatin1String("-") ? base32::decode(readStdinLine().toStdString())
                                                     : base32::decode(secretOption.toStdString());
    if (!secret)
        return report(secret.error());
    if (secret->isEmpty())
        return report(Error{ErrorCode::SecretTooShort});
    auto code = otp::generate(*params, *secret, nowMs);
    if (!code)
        return report(code.error());
    std::printf("%s\n", code->c_str());
    return Success;
}

} // namespace tessera::cli
