// tessera-cli passwd [--kdf PRESET]: change the vault password. With --password-stdin the first line is
// the current password and the second the new one.
#include "cli_support.h"
#include "vault_options.h"

#include "common/error_text.h"
#include "crypto/kdf.h"
#include "session/password_change.h"

#include <cstdio>

namespace tessera::cli {

int runPasswd(const QStringList &args)
{
    const QString command = QStringLiteral("passwd");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Change the vault password. The vault gets a new key: the backups beside it are re-encrypted, the keychain slot (if any) gets a new key, and no copy made before opens with the old password once this is done."));
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
    auto changed = session::changePassword(**store, *password, crypto::argon2Preset(*preset));
    if (!changed)
        return report(changed.error());
    say(QStringLiteral("Changed the vault password; the vault has a new key."));
    const vault::OldCopies &copies = changed->oldCopies;
    if (copies.reencrypted > 0)
        say(QStringLiteral("Re-encrypted %1 backup(s) under the new key.").arg(copies.reencrypted));
    if (!copies.removed.isEmpty())
        say(QStringLiteral("Removed %1 backup(s) that could not be re-encrypted: %2")
                .arg(copies.removed.size())
                .arg(copies.removed.join(QStringLiteral(", "))));
    if (!copies.unchanged.isEmpty())
        std::fprintf(stderr, "tessera-cli: these copies still open with the old password; delete them: %s\n",
                     qUtf8Printable(copies.unchanged.join(QStringLiteral(", "))));
    if (changed->keychainProblem)
        std::fprintf(stderr, "tessera-cli: unlocking with the keychain is now off: %s\n",
                     qUtf8Printable(errorText(*changed->keychainProblem)));
    say(QStringLiteral("Copies of the vault elsewhere (other computers, sync history, your own backups) still "
                       "open with the old password."));
    return Success;
}

} // namespace tessera::cli
