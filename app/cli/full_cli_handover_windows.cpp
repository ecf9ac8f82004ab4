#include "full_cli_handover.h"

#include "cli_support.h"

#include "common/installed_programs.h"

#include <QCoreApplication>
#include <QProcess>
#include <algorithm>
#include <cstdio>

namespace tessera::cli {

// Windows has no exec that keeps the console waiting for the same process, so the full program runs as
// a child that inherits the console and the three standard streams; this process waits and passes its
// exit code on. The arguments come from QCoreApplication (the wide command line) rather than argv.
int handOverToFullCli(int argc, char **argv, const char *afterCommand)
{
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    const QString program = fullCliProgram();
    if (program.isEmpty()) {
        std::fprintf(stderr, "tessera-cli: %s, which runs this command, is missing beside tessera-cli; reinstall "
                             "Tessera.\n",
                     qUtf8Printable(fullCliFileName()));
        return IoFailure;
    }
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (afterCommand != nullptr)
        arguments.insert(std::min<qsizetype>(arguments.size(), 1), QString::fromUtf8(afterCommand));
    std::fflush(stdout);
    std::fflush(stderr);
    QProcess full;
    full.setProcessChannelMode(QProcess::ForwardedChannels);
    full.setInputChannelMode(QProcess::ForwardedInputChannel);
    full.start(program, arguments);
    if (!full.waitForStarted(-1)) {
        std::fprintf(stderr, "tessera-cli: could not run %s: %s\n", qUtf8Printable(program),
                     qUtf8Printable(full.errorString()));
        return IoFailure;
    }
    full.waitForFinished(-1);
    return full.exitStatus() == QProcess::NormalExit ? full.exitCode() : IoFailure;
}

} // namespace tessera::cli
