#pragma once
// What every command shares: the exit-code contract (DESIGN.md §4), one-sentence errors on stderr,
// and option parsing that reports mistakes as usage errors.

#include "common/error.h"

#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace tessera::cli {

enum ExitCode { Success = 0, Usage = 1, InvalidInput = 2, WrongPassword = 3, IoFailure = 4 };

int exitCodeFor(ErrorCode code);

// Prints the error's sentence to stderr and returns its exit code.
int report(const Error &error);

// Prints "tessera-cli COMMAND: MESSAGE" and a hint to --help; returns Usage.
int usageError(const QString &command, const QString &message);

// Parses args (args[0] is the program name). Returns nothing to go on, or the exit code to return at
// once: Success when help was printed, Usage when a mistake was reported.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args);

// Prints one line to stdout: what a command did, for the user (not for parsing).
void say(const QString &text);

// Command entry points, one file each.
int runUri(const QStringList &args);
int runInit(const QStringList &args);
int runAdd(const QStringList &args);
int runList(const QStringList &args);
int runRemove(const QStringList &args);
int runRename(const QStringList &args);
int runPasswd(const QStringList &args);
int runRecovery(const QStringList &args);
int runKeychain(const QStringList &args);
int runTime(const QStringList &args);
int runScan(const QStringList &args);
int runExport(const QStringList &args);
int runImport(const QStringList &args);
int runMerge(const QStringList &args);
int runRestore(const QStringList &args);
int runSync(const QStringList &args);
int runVault(const QStringList &args);
int runSites(const QStringList &args);
int runBrowser(const QStringList &args);

} // namespace tessera::cli
