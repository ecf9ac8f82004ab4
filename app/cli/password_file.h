#pragma once
// Passwords for other files (an import's source, an export's own password) given as a file, so they
// never appear in the process list: the file's first line, without its line ending. "-" reads the next
// line of standard input (after the vault password when --password-stdin is used too).

#include "common/error.h"
#include "common/secret_bytes.h"

#include <QString>

namespace tessera::cli {

Result<SecretBytes> readPasswordFile(const QString &path);

} // namespace tessera::cli
