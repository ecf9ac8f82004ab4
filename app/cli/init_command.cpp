// tessera-cli init [--kdf interactive|moderate|sensitive]: create a new, empty vault.
#include "cli_support.h"
#include "vault_options.h"

#include "crypto/kdf.h"
#include "session/vault_access.h"

#include <QFileInfo>

namespace tessera::cli {

int runInit(const QStringList &args)
{
    const QString command = QStringLiteral("init");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Create a new, empty vault protected by a password."));
    p.addOption({QStringLiteral("kdf"),
                 QStringLiteral("Password hashing strength: interactive (fast), moderate (default) or sensitive "
                                "(slow, 1 GiB of memory)."),
                 QStringLiteral("PRESET"), QStringLiteral("moderate")});
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, command, args))
        return *done;
    if (!p.positionalArguments().isEmpty())
        return usageError(command, QStringLiteral("init takes no arguments"));
    const auto preset = crypto::parseKdfPreset(p.value(QStringLiteral("kdf")));
    if (!preset)
        return usageError(command, QStringLiteral("--kdf is interactive, moderate or sensitive"));

    const QString path = vaultPathFrom(p);
    if (QFileInfo::exists(path))
        return report(Error{ErrorCode::VaultExists, path});
    auto password = askNewPassword(p);
    if (!password)
        return report(password.error());
    auto store = session::createVault(path, *password, crypto::argon2Preset(*preset));
    if (!store)
        return report(store.error());
    say(QStringLiteral("Created the vault %1.").arg(path));
    return Success;
}

} // namespace tessera::cli
