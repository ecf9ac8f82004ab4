// tessera-cli sites list QUERY | add QUERY SITE... | remove QUERY SITE...
// The websites an account signs in on, where the browser extension fills its code (session/account_sites.h).
#include "cli_support.h"
#include "vault_options.h"

#include "common/clock.h"
#include "session/account_sites.h"

#include <cstdio>

namespace tessera::cli {

int runSites(const QStringList &args)
{
    const QString command = QStringLiteral("sites");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List, add or remove the websites an account signs in on (kept for "
                                               "the browser integration, which fills the code there)."));
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list, add or remove."));
    p.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("The account."));
    p.addPositionalArgument(QStringLiteral("SITE"), QStringLiteral("For add and remove: web addresses, such as "
                                                                   "github.com."),
                            QStringLiteral("[SITE...]"));
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, command, args))
        return *done;
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    const QStringList sites = positional.mid(2);
    if (action == QLatin1String("list") ? positional.size() != 2
        : (action == QLatin1String("add") || action == QLatin1String("remove")) ? positional.size() < 3
                                                                                : true)
        return usageError(command, QStringLiteral("give list QUERY, or add or remove QUERY and one or more sites"));
    // Each site is checked before the vault is opened: a typing mistake costs no password.
    for (const QString &site : sites)
        if (auto valid = session::siteFromText(site); !valid && action == QLatin1String("add"))
            return report(valid.error());
    auto found = openAndFind(p, positional.at(1));
    if (!found)
        return report(found.error());
    vault::VaultStore &store = *found->store;
    const QUuid id = found->id;
    for (const QString &site : sites) {
        auto changed = action == QLatin1String("add") ? session::addSite(store, id, site, systemNowMs())
                                                      : session::removeSite(store, id, site, systemNowMs());
        if (!changed)
            return report(changed.error());
    }
    const vault::Account *account = store.vault().find(id);
    if (action != QLatin1String("list"))
        std::fprintf(stderr, "tessera-cli: %s signs in on %s.\n", qUtf8Printable(account->displayName()),
                     account->sites.isEmpty() ? "no website listed"
                                              : qUtf8Printable(account->sites.join(QStringLiteral(", "))));
    else
        for (const QString &site : account->sites)
            say(site);
    return Success;
}

} // namespace tessera::cli
