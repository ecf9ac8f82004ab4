// tessera-cli keychain enable|disable: unlock this vault with the OS keychain instead of the password.
#include "cli_support.h"
#include "vault_options.h"

#include "session/vault_access.h"

namespace tessera::cli {

int runKeychain(const QStringList &args)
{
    const QString command = QStringLiteral("keychain");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Let the system keychain unlock this vault (enable), or stop it "
                                               "(disable). The password always keeps working."));
    p.addPositionalArgument(QStringLiteral("enable|disable"), QStringLiteral("What to do."));
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, command, args))
        return *done;
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != QLatin1String("enable") && action != QLatin1String("disable")))
        return usageError(command, QStringLiteral("say enable or disable"));
    auto store = openVault(p);
    if (!store)
        return report(store.error());
    const bool enable = action == QLatin1String("enable");
    auto done = enable ? session::enableKeychain(**store) : session::disableKeychain(**store);
    if (!done)
        return report(done.error());
    say(enable ? QStringLiteral("The system keychain now unlocks this vault.")
               : QStringLiteral("The system keychain no longer unlocks this vault."));
    return Success;
}

} // namespace tessera::cli
