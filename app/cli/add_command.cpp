// tessera-cli add --uri URI | --image FILE... | --issuer I --name N --secret B32 [code options]
#include "cli_support.h"
#include "otp_options.h"
#include "picture_scan.h"
#include "terminal_input.h"
#include "vault_options.h"

#include "common/clock.h"
#include "session/account_operations.h"
#include "session/account_sites.h"
#include "session/qr_scan.h"
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

// Every account in the pictures that the vault does not have yet, in one save.
int addFromPictures(const QCommandLineParser &p)
{
    PictureScan result = scanPictures(p.values(QStringLiteral("image")));
    if (result.scan.accounts().empty())
        return InvalidInput; // each picture's problem was said
    reportIncomplete(result.scan);
    auto store = openVault(p);
    if (!store)
        return report(store.error());
    std::vector<uri::KeyUri> found = result.scan.takeAccounts();
    const std::vector<bool> duplicate = session::duplicatesInVault(**store, found);
    std::vector<uri::KeyUri> fresh;
    QStringList added;
    for (std::size_t i = 0; i < found.size(); ++i) {
        const QString label = found[i].issuer.isEmpty() ? found[i].name : found[i].issuer + QStringLiteral(" (") + found[i].name + u')';
        if (duplicate[i]) {
            say(QStringLiteral("Already in the vault: %1.").arg(label));
            continue;
        }
        added << label;
        fresh.push_back(std::move(found[i]));
    }
    if (!fresh.empty())
        if (auto saved = session::addAccounts(**store, fresh, systemNowMs()); !saved)
            return report(saved.error());
    say(added.isEmpty() ? QStringLiteral("Nothing new to add.")
                        : QStringLiteral("Added %1: %2.").arg(added.size()).arg(added.join(QStringLiteral(", "))));
    return result.everyPictureHadAnAccount ? Success : InvalidInput;
}

} // namespace

int runAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Add an account to the vault."));
    p.addOptions({
        {QStringLiteral("uri"), QStringLiteral("An otpauth:// link, or - to read it from standard input."),
         QStringLiteral("URI")},
        {QStringLiteral("image"), QStringLiteral("A picture with the service's QR code, or a Google Authenticator "
                                                 "export (repeat for every part)."),
         QStringLiteral("FILE")},
        {QStringLiteral("issuer"), QStringLiteral("The service, e.g. Gcore."), QStringLiteral("I")},
        {QStringLiteral("name"), QStringLiteral("The account at the service, e.g. an e-mail address."),
         QStringLiteral("N")},
        {QStringLiteral("secret"), QStringLiteral("The Base32 key the service shows, or - to read it from standard "
                                                  "input."),
         QStringLiteral("B32")},
        {QStringLiteral("site"), QStringLiteral("A website the account signs in on (repeat for more; not with "
                                                "--image). Without it, a known service's own websites."),
         QStringLiteral("DOMAIN")},
    });
    addOtpOptions(p);
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, kCommand, args))
        return *done;
    const int sources = int(p.isSet(QStringLiteral("uri"))) + int(p.isSet(QStringLiteral("image"))) +
                        int(p.isSet(QStringLiteral("secret")));
    if (sources != 1 || !p.positionalArguments().isEmpty())
        return usageError(kCommand, QStringLiteral("give exactly one of --uri, --image or --secret"));
    const QStringList sites = p.values(QStringLiteral("site"));
    if (p.isSet(QStringLiteral("image"))) {
        if (!sites.isEmpty())
            return usageError(kCommand, QStringLiteral("--site names the website of one account; with pictures, add "
                                                       "it afterwards with 'tessera-cli sites add'"));
        return addFromPictures(p);
    }
    for (const QString &site : sites) // checked before the vault is opened: a typing mistake costs no password
        if (auto valid = session::siteFromText(site); !valid)
            return report(valid.error());
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
    // --site: the user's own list, instead of the known service's.
    auto added = session::addAccount(**store, *key, systemNowMs(),
                                     sites.isEmpty() ? std::nullopt : std::optional<QStringList>(sites));
    if (!added)
        return report(added.error());
    say(QStringLiteral("Added %1.").arg((*store)->vault().find(*added)->displayName()));
    return Success;
}

} // namespace tessera::cli
