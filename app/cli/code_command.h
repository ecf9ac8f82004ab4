#pragma once
// `tessera-cli code`, shared by both programs (DESIGN.md §4; the split: docs/ARCHITECTURE.md). The
// lean tessera-cli runs it with a fallback that hands the command to the full program; the full
// program runs it with codeFromVaultFile.

#include "common/clock.h"
#include "common/error.h"

#include <QCommandLineParser>
#include <QStringList>
#include <functional>
#include <string>

namespace tessera::cli {

// How `code QUERY` gets the code when no running Tessera answered; prints it and returns the exit code.
using VaultFileCode = std::function<int(const QCommandLineParser &, const QString &query, const Clock &now)>;

int runCode(const QStringList &args, const VaultFileCode &fromFile);
// Opens the vault file (password, keychain or prompt) and prints the account's code.
int codeFromVaultFile(const QCommandLineParser &parser, const QString &query, const Clock &now);
// Prints the code on stdout, or the error on stderr; the exit code.
int printCode(const Result<std::string> &code);

} // namespace tessera::cli
