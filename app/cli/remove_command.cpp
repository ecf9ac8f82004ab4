// tessera-cli remove QUERY: delete one account (the file before the change stays in backups/).
#include "cli_support.h"
#include "vault_options.h"

#include "session/account_edits.h"
#include "session/account_operations.h"
#include "vault/backup_rotation.h"

namespace tessera::cli {

int runRemove(const QStringList &args)
{
    const QString command = QStringLiteral("remove");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Remove one account from the vault."));
    p.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("The account: part of its issuer or name, or "
                                                                    "Issuer:Name."));
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, command, args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(command, QStringLiteral("give exactly one account"));
    auto found = openAndFind(p, p.positionalArguments().first());
    if (!found)
        return report(found.error());
    vault::VaultStore &store = *found->store;
    const QUuid id = found->id;
    const QString name = store.vault().find(id)->displayName();
    if (auto removed = session::removeAccount(store, id); !removed)
        return report(removed.error());
    say(QStringLiteral("Removed %1; the vault as it was is kept in %2.")
            .arg(name, vault::backupsFolderFor(store.path())));
    return Success;
}

} // namespace tessera::cli
