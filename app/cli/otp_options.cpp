#include "otp_options.h"
#include "terminal_input.h"

#include "session/account_input.h"

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
    if (value == QLatin1String("-"))
        return session::secretFromText(readStdinSecretLine().view());
    return session::secretFromText(value.toStdString());
}

// Every value goes through the rules the GUI's form and otpauth:// links use (session/account_input.h).
Result<otp::OtpParams> otpParamsFrom(const QCommandLineParser &p)
{
    const auto option = [&](const char *name) { return p.value(QString::fromLatin1(name)); };
    return session::codeParamsFrom(
        {option("type"), option("algorithm"), option("digits"), option("period"), option("counter")});
}

} // namespace tessera::cli
