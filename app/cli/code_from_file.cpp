// `tessera-cli code QUERY` when no running Tessera answered: the full program opens the vault file.
#include "code_command.h"

#include "cli_support.h"
#include "vault_options.h"

#include "session/account_operations.h"

namespace tessera::cli {

int codeFromVaultFile(const QCommandLineParser &p, const QString &query, const Clock &now)
{
    auto found = openAndFind(p, query);
    if (!found)
        return report(found.error());
    // Read after unlocking: typing a password or Argon2id can take longer than a code lives.
    return printCode(session::currentCode(*found->store, found->id, now()));
}

} // namespace tessera::cli
