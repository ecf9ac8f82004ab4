// tessera-cli vault move PATH: put the vault somewhere else, typically a folder a sync engine keeps
// in step between computers (session::moveVault says what follows it and when the old file goes).
#include "cli_support.h"
#include "vault_options.h"

#include "session/vault_access.h"
#include "vault/backup_rotation.h"

namespace tessera::cli {

int runVault(const QStringList &args)
{
    const QString command = QStringLiteral("vault");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Move the vault to another file or folder (a sync folder, say). The "
                                               "old file is removed only once the new one opens; both apps then use "
                                               "the new place."));
    p.addPositionalArgument(QStringLiteral("move"), QStringLiteral("What to do."));
    p.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("The new file, or a folder for it."));
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, command, args))
        return *done;
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("move"))
        return usageError(command, QStringLiteral("say move and the new place"));
    auto store = openVault(p);
    if (!store)
        return report(store.error());
    const QString oldBackups = vault::backupsFolderFor((*store)->path());
    auto moved = session::moveVault(**store, positional.at(1));
    if (!moved)
        return report(moved.error());
    say(QStringLiteral("Moved the vault to %1. Its backups so far stay in %2.").arg((*moved)->path(), oldBackups));
    return Success;
}

} // namespace tessera::cli
