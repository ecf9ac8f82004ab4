// tessera-cli rename QUERY [--issuer I] [--name N]
#include "cli_support.h"
#include "vault_options.h"

#include "common/clock.h"
#include "session/account_edits.h"
#include "session/account_operations.h"

namespace tessera::cli {

int runRename(const QStringList &args)
{
    const QString command = QStringLiteral("rename");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Change an account's issuer or name."));
    p.addOptions({{QStringLiteral("issuer"), QStringLiteral("The new issuer."), QStringLiteral("I")},
                  {QStringLiteral("name"), QStringLiteral("The new account name."), QStringLiteral("N")}});
    p.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("The account to rename."));
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, command, args))
        return *done;
    const bool issuer = p.isSet(QStringLiteral("issuer")), name = p.isSet(QStringLiteral("name"));
    if (p.positionalArguments().size() != 1 || (!issuer && !name))
        return usageError(command, QStringLiteral("give one account and --issuer and/or --name"));
    auto found = openAndFind(p, p.positionalArguments().first());
    if (!found)
        return report(found.error());
    vault::VaultStore &store = *found->store;
    const QUuid id = found->id;
    session::AccountEdit edit;
    if (issuer)
        edit.issuer = p.value(QStringLiteral("issuer"));
    if (name)
        edit.name = p.value(QStringLiteral("name"));
    auto renamed = session::editAccount(store, id, edit, systemNowMs());
    if (!renamed)
        return report(renamed.error());
    say(QStringLiteral("Renamed to %1.").arg(store.vault().find(id)->displayName()));
    return Success;
}

} // namespace tessera::cli
