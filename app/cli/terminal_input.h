#pragma once
// Reading what the user types: a line from standard input straight into SecretBytes (passwords, keys),
// and a no-echo password prompt on a terminal (POSIX termios, Windows console mode).

#include "common/error.h"
#include "common/secret_bytes.h"

#include <QByteArray>
#include <QString>

namespace tessera::cli {

// One line of standard input without its line ending, at most 64 KiB.
SecretBytes readStdinSecretLine();
QByteArray readStdinLine();
bool stdinIsTerminal();

// Shows `prompt` on stderr and reads a line with echo off. PasswordRequired when stdin is no terminal.
Result<SecretBytes> promptHidden(const QString &prompt);
// A new password, asked twice with echo off: EmptyPassword or PasswordMismatch when it will not do.
Result<SecretBytes> promptNewPassword(const QString &prompt);

} // namespace tessera::cli
