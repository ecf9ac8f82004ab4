// tessera-cli as the user starts it: the lean program (docs/ARCHITECTURE.md, "tessera-cli's two
// programs"). It runs `code` itself, the command people run most and want at once, with only QtCore,
// the local channel and the code generator loaded: a key given on the command line, or an account
// answered by the running, unlocked Tessera. Everything else, and `code QUERY` when no app answers,
// goes to the full tessera-cli with the same arguments.
#include "cli_support.h"
#include "code_command.h"
#include "full_cli_handover.h"

#include "common/process_hardening.h"
#include "session/app_settings.h"

#include <QCoreApplication>
#include <cstring>

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    tessera::disableCoreDumps();
#endif
    QCoreApplication app(argc, argv); // finds the full program beside this one (applicationDirPath)
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    if (argc < 2 || std::strcmp(argv[1], "code") != 0)
        return tessera::cli::handOverToFullCli(argc, argv);
    tessera::session::migrateLegacySettings();
    QStringList commandArgs = QCoreApplication::arguments();
    commandArgs.removeAt(1); // the parser sees "tessera-cli --option ...", as for any program
    // No app answered (none runs, it is locked, or it was not to be asked): the full program opens the
    // file, without asking the app a second time.
    return tessera::cli::runCode(commandArgs, [&](const QCommandLineParser &, const QString &, const tessera::Clock &) {
        return tessera::cli::handOverToFullCli(argc, argv, "--no-app");
    });
}
