#pragma once
// The lean tessera-cli hands a command it does not run itself to the full tessera-cli
// (common/installed_programs.h). One file per platform: POSIX replaces this process (the same process
// id, terminal and standard streams, so a password on stdin, the app's prompt naming the PID, signals
// and the exit code all stay as they were); Windows runs it as a child with the same console and
// streams and returns its exit code.

namespace tessera::cli {

// Runs the full tessera-cli with this run's arguments (argv as given to main, argv[0] kept), with
// `afterCommand` inserted after the command name when it is given (so it stays an option even after a
// "--" on the command line). Returns the exit code: on POSIX only when the program could not be run.
int handOverToFullCli(int argc, char **argv, const char *afterCommand = nullptr);

} // namespace tessera::cli
