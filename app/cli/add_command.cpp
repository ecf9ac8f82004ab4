// tessera-cli add --uri URI | --issuer I --name N --secret B32 [code options]
#include "cli_support.h"
#include "otp_options.h"
#include "terminal_input.h"
#include "vault_options.h"

#include "common/clock.h"
#include "session/account_operations.h"
#include "uri/otpauth_parser.h"

namespace tessera::cli {
namespace {

const QString kCommand = QStringLiteral("add");

Result<uri::KeyUri> fromOptions(const QCommandLineParser &p)
{
    uri::KeyUri key;
    auto params = otpParamsFrom(p);
    if (!params)
        return tl::unexpected(params.error());
    key.params = *params;
    key.issuer = p.value(QStringLiteral("issuer"));
    key.name = p.value(QStringLiteral("name"));
    auto secret = secretFromOption(p.value(QStringLiteral("secret")));
    if (!secret)
        return tl::unexpected(secret.error());
    key.secret = std::move(*secret);
    return key;
}

Result<uri::KeyUri> fromUri(const QString &text)
{
    const QByteArray bytes = text == QLatin1String("-") ? readStdinLine() : text.toUtf8();
    return uri::parseOtpauth(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace

int runAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Add an account to the vault."));
    p.addOptions({
        {QStringLiteral("uri"), QStringLiteral("An otpauth:// link, or - to read it from standard input."),
         QStringLiteral("URI")},
        {QStringLiteral("image"), QStringLiteral("A picture with the service's QR code."), QStringLiteral("FILE")},
        {QStringLiteral("issuer"), QStringLiteral("The service, e.g. Gcore."), QStringLiteral("I")},
        {QStringLiteral("name"), QStringLiteral("The account at the service, e.g. an e-mail address."),
         QStringLiteral("N")},
        {QStringLiteral("secret"), QStringLiteral("The Base32 key the service shows, or - to read it from standard "
                                                  "input."),
         QStringLiteral("B32")},
    });
    addOtpOptions(p);
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, kCommand, args))
        return *done;
    const int sources = int(p.isSet(QStringLiteral("uri"))) + int(p.isSet(QStringLiteral("image"))) +
                        int(p.isSet(QStringLiteral("secret")));
    if (sources != 1 || !p.positionalArguments().isEmpty())
        return usageError(kCommand, QStringLiteral("give exactly one of --uri, --image or --secret"));
    if (p.isSet(QStringLiteral("image")))
        return usageError(kCommand, QStringLiteral("reading QR codes from pictures is not in this build yet; "
                                                   "use --uri or --secret"));
    if (p.isSet(QStringLiteral("secret")) && p.value(QStringLiteral("issuer")).isEmpty() &&
        p.value(QStringLiteral("name")).isEmpty())
        return usageError(kCommand, QStringLiteral("name the account with --issuer and/or --name"));
    if (p.isSet(QStringLiteral("password-stdin")) &&
        (p.value(QStringLiteral("uri")) == QLatin1String("-") || p.value(QStringLiteral("secret")) == QLatin1String("-")))
        return usageError(kCommand, QStringLiteral("standard input cannot carry both the password and the account"));

    auto key = p.isSet(QStringLiteral("uri")) ? fromUri(p.value(QStringLiteral("uri"))) : fromOptions(p);
    if (!key)
        return report(key.error());
    auto store = openVault(p);
    if (!store)
        return report(store.error());
    auto added = session::addAccount(**store, *key, systemNowMs());
    if (!added)
        return report(added.error());
    say(QStringLiteral("Added %1.").arg((*store)->vault().find(*added)->displayName()));
    return Success;
}

} // namespace tessera::cli
