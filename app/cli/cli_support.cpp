#include "cli_support.h"

#include "common/error_text.h"

#include <cstdio>

namespace tessera::cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassword:
    case ErrorCode::WrongPin:
    case ErrorCode::ImportWrongPassword:
    case ErrorCode::PasswordChangedElsewhere:
    case ErrorCode::AppRefused:
        return WrongPassword;
    case ErrorCode::PasswordRequired:
    case ErrorCode::ImportPasswordRequired:
    case ErrorCode::ExportPasswordRequired:
        return Usage;
    case ErrorCode::VaultBusy:
    case ErrorCode::VaultBeingRekeyed:
    case ErrorCode::IoFailure:
    case ErrorCode::DiskFull:
    case ErrorCode::FolderReadOnly:
    case ErrorCode::OutOfMemory:
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::CryptoFailure:
    case ErrorCode::ChannelUnsafe:
    case ErrorCode::ScanFailed:
    case ErrorCode::TimeServerUnreachable:
        return IoFailure;
    default:
        return InvalidInput;
    }
}

int report(const Error &error)
{
    std::fprintf(stderr, "tessera-cli: %s\n", qUtf8Printable(errorText(error)));
    return exitCodeFor(error.code);
}

int usageError(const QString &command, const QString &message)
{
    std::fprintf(stderr, "tessera-cli %s: %s; see 'tessera-cli %s --help'.\n", qUtf8Printable(command),
                 qUtf8Printable(message), qUtf8Printable(command));
    return Usage;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    parser.addOption(help);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(args))
        return usageError(command, parser.errorText().remove(QLatin1Char('.')).toLower());
    if (parser.isSet(help)) {
        std::fputs(qUtf8Printable(parser.helpText().replace(QLatin1String("[options]"),
                                                            command + QLatin1String(" [options]"))),
                   stdout);
        return Success;
    }
    return std::nullopt;
}

void say(const QString &text)
{
    std::printf("%s\n", qUtf8Printable(text));
}

} // namespace tessera::cli
