// tessera-cli passwd [--kdf PRESET]: change the vault password. With --password-stdin the first line is
// the current password and the second the new one.
#include "cli_support.h"
#include "vault_options.h"

#include "crypto/kdf.h"

namespace tessera::cli {

int runPasswd(const QStringList &args)
{
    const QString command = QStringLiteral("passwd");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Change the vault password (the keychain slot, if any, stays)."));
    p.addOption({QStringLiteral("kdf"), QStringLiteral("Strength for the new password: interactive, moderate "
                                                       "(default) or sensitive."),
                 QStringLiteral("PRESET"), QStringLiteral("moderate")});
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, command, args))
        return *done;
    if (!p.positionalArguments().isEmpty())
        return usageError(command, QStringLiteral("passwd takes no arguments"));
    const auto preset = crypto::parseKdfPreset(p.value(QStringLiteral("kdf")));
    if (!preset)
        return usageError(command, QStringLiteral("--kdf is interactive, moderate or sensitive"));
    auto store = openVault(p);
    if (!store)
        return report(store.error());
    auto password = askNewPassword(p);
    if (!password)
        return report(password.error());
    if (auto changed = (*store)->changePassword(*password, crypto::argon2Preset(*preset)); !changed)
        return report(changed.error());
    say(QStringLiteral("Changed the vault password."));
    return Success;
}

} // namespace tessera::cli
