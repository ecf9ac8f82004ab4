// tessera-cli scan IMAGE...: every account in the pictures' QR codes as an otpauth:// link, one per line
// (Google Authenticator exports expanded). Exit 2 when a picture holds no account.
#include "cli_support.h"
#include "picture_scan.h"

#include "uri/otpauth_writer.h"

#include <cstdio>

namespace tessera::cli {

int runScan(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Read the QR codes in pictures and print each account as an otpauth:// link. Prints secrets: keep the "
        "output private."));
    p.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("Pictures: screenshots, photos, exported "
                                                                    "QR codes."),
                            QStringLiteral("IMAGE..."));
    if (auto done = parseCommandLine(p, QStringLiteral("scan"), args))
        return *done;
    if (p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("scan"), QStringLiteral("name at least one picture"));

    const PictureScan result = scanPictures(p.positionalArguments());
    for (const uri::KeyUri &account : result.scan.accounts()) {
        const SecretBytes link = uri::writeOtpauth(account);
        std::fwrite(link.data(), 1, link.size(), stdout);
        std::fputc('\n', stdout);
    }
    reportIncomplete(result.scan);
    return result.everyPictureHadAnAccount && !result.scan.accounts().empty() ? Success : InvalidInput;
}

} // namespace tessera::cli
