#include "full_cli_handover.h"

#include "cli_support.h"

#include "common/installed_programs.h"

#include <QFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <unistd.h>
#include <vector>

namespace tessera::cli {

int handOverToFullCli(int argc, char **argv, const char *afterCommand)
{
    const QString program = fullCliProgram();
    if (program.isEmpty()) {
        std::fprintf(stderr, "tessera-cli: %s, which runs this command, is missing beside tessera-cli and in its "
                             "libexec folder; reinstall Tessera.\n",
                     qUtf8Printable(fullCliFileName()));
        return IoFailure;
    }
    // The original bytes, not QCoreApplication::arguments(): a file name need not be valid in the locale.
    std::vector<char *> arguments(argv, argv + argc);
    if (afterCommand != nullptr)
        arguments.insert(arguments.begin() + std::min(argc, 2), const_cast<char *>(afterCommand));
    arguments.push_back(nullptr);
    std::fflush(stdout);
    std::fflush(stderr);
    const QByteArray path = QFile::encodeName(program);
    ::execv(path.constData(), arguments.data());
    std::fprintf(stderr, "tessera-cli: could not run %s: %s\n", path.constData(), std::strerror(errno));
    return IoFailure;
}

} // namespace tessera::cli
