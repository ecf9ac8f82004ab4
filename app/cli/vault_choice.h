#pragma once
// Which vault a command works on: --vault, else $TESSERA_VAULT, else where the user moved it, else the
// default; and the options that say how to reach it (--password-stdin, --no-app). Opening it is
// vault_options.h's, which the lean tessera-cli does not link.

#include <QCommandLineParser>

namespace tessera::cli {

void addVaultOptions(QCommandLineParser &parser);
QString vaultPathFrom(const QCommandLineParser &parser);

} // namespace tessera::cli
