// tessera-cli code QUERY             the current code of a vault account
// tessera-cli code --secret B32 ...  the code of a key given on the command line
// Linked into both programs (code_command.h): everything here but the vault file is the lean start's.
#include "code_command.h"

#include "cli_support.h"
#include "otp_options.h"
#include "app_client.h"
#include "vault_choice.h"

#include "otp/code_generator.h"
#include "session/app_settings.h"
#include "session/clock_in_use.h"

#include <QCborMap>

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

Result<std::string> codeForSecret(const QCommandLineParser &p, std::int64_t nowMs)
{
    auto params = otpParamsFrom(p);
    if (!params)
        return tl::unexpected(params.error());
    auto secret = secretFromOption(p.value(QStringLiteral("secret")));
    if (!secret)
        return tl::unexpected(secret.error());
    // QtCore's HMAC: this is the lean program, which must not load libcrypto (crypto/hmac.h says why).
    return otp::generate(*params, *secret, nowMs, crypto::hmacWithQt);
}

// The unlocked app, when it runs, answers with its own (same) time correction, or for the time given.
int codeForAccount(const QCommandLineParser &p, const QString &query, const Clock &now, std::optional<qint64> givenMs,
                   const VaultFileCode &fromFile)
{
    const channel::AppRequest request{channel::AppCommand::Code, query, givenMs,
                                      p.isSet(QStringLiteral("no-time-correction"))};
    if (auto answered = askUnlockedApp(p, request)) {
        if (!*answered)
            return report(answered->error());
        return printCode((*answered)->toMap().value(QStringLiteral("code")).toString().toStdString());
    }
    return fromFile(p, query, now);
}

} // namespace

int printCode(const Result<std::string> &code)
{
    if (!code)
        return report(code.error());
    std::printf("%s\n", code->c_str());
    return Success;
}

int runCode(const QStringList &args, const VaultFileCode &fromFile)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Print the current code of a vault account, or of a secret key."));
    p.addOption({QStringLiteral("secret"), QStringLiteral("A Base32 secret key instead of an account, or - to read "
                                                          "it from standard input."),
                 QStringLiteral("B32")});
    addOtpOptions(p);
    p.addOption({QStringLiteral("time"), QStringLiteral("Compute for this Unix time in seconds instead of now."),
                 QStringLiteral("UNIX_SECONDS")});
    p.addOption({QStringLiteral("no-time-correction"),
                 QStringLiteral("Use the system clock as it is, not corrected by 'tessera-cli time'.")});
    addVaultOptions(p);
    p.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("The account: part of its issuer or name, or "
                                                                    "Issuer:Name."));
    if (auto done = parseCommandLine(p, kCommand, args))
        return *done;
    const QStringList positional = p.positionalArguments();
    const bool bySecret = p.isSet(QStringLiteral("secret"));
    if (bySecret == (positional.size() == 1) || positional.size() > 1)
        return usageError(kCommand, QStringLiteral("give either one account to look up or --secret"));

    // The stored time correction applies unless the user gives a time or turns it off.
    timesync::CorrectedClock corrected = session::loadCorrectedClock(*session::openAppSettings());
    if (p.isSet(QStringLiteral("no-time-correction")))
        corrected.setEnabled(false);
    Clock now = corrected.asClock();
    std::optional<qint64> givenMs;
    if (p.isSet(QStringLiteral("time"))) {
        auto ms = parseUnixSeconds(p.value(QStringLiteral("time")));
        if (!ms)
            return report(ms.error());
        givenMs = *ms;
        now = [fixed = *ms] { return fixed; };
    }
    if (bySecret)
        return printCode(codeForSecret(p, now()));
    return codeForAccount(p, positional.first(), now, givenMs, fromFile);
}

} // namespace tessera::cli
