// tessera-cli uri URI [--json]: parse an otpauth:// link and print its fields.
#include "cli_support.h"
#include "json_writer.h"
#include "terminal_input.h"

#include "encoding/base32.h"
#include "uri/otpauth_parser.h"

#include <cstdio>

namespace tessera::cli {
namespace {

const QString kCommand = QStringLiteral("uri");

void printJson(const uri::KeyUri &account, const SecretBytes &secret)
{
    const otp::OtpParams &params = account.params;
    JsonObjectWriter json(stdout);
    json.field("type", otp::typeName(params.type));
    json.field("issuer", account.issuer);
    json.field("name", account.name);
    json.field("secret", secret.view());
    json.field("algorithm", otp::algorithmName(params.algorithm));
    json.field("digits", params.digits);
    if (params.type == otp::OtpType::Hotp)
        json.field("counter", params.counter);
    else
        json.field("period", params.periodSeconds);
}

void printText(const uri::KeyUri &account, const SecretBytes &secret)
{
    const otp::OtpParams &params = account.params;
    std::printf("type: %s\n", qUtf8Printable(otp::typeName(params.type)));
    std::printf("issuer: %s\n", qUtf8Printable(account.issuer));
    std::printf("name: %s\n", qUtf8Printable(account.name));
    std::printf("secret: %.*s\n", static_cast<int>(secret.size()), secret.view().data());
    std::printf("algorithm: %s\n", qUtf8Printable(otp::algorithmName(params.algorithm)));
    std::printf("digits: %d\n", params.digits);
    if (params.type == otp::OtpType::Hotp)
        std::printf("counter: %llu\n", static_cast<unsigned long long>(params.counter));
    else
        std::printf("period: %lld\n", static_cast<long long>(params.periodSeconds));
}

} // namespace

int runUri(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Parse an otpauth:// link and print its fields."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    p.addOption(jsonOption);
    p.addPositionalArgument(QStringLiteral("URI"), QStringLiteral("The otpauth:// link, or - to read it from "
                                                                  "standard input."));
    if (auto done = parseCommandLine(p, kCommand, args))
        return *done;
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return usageError(kCommand, QStringLiteral("give exactly one otpauth:// link"));

    const QByteArray text = positional.first() == QLatin1String("-") ? readStdinLine() : positional.first().toUtf8();
    auto account = uri::parseOtpauth(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!account)
        return report(account.error());
    const SecretBytes secret = base32::encode(account->secret.bytes());
    if (p.isSet(jsonOption))
        printJson(*account, secret);
    else
        printText(*account, secret);
    return Success;
}

} // namespace tessera::cli
