#include "vault_choice.h"

#include "session/vault_location.h"

namespace tessera::cli {

namespace {

const QString kVault = QStringLiteral("vault");
const QString kPasswordStdin = QStringLiteral("password-stdin");

} // namespace

void addVaultOptions(QCommandLineParser &p)
{
    p.addOptions({
        {kVault, QStringLiteral("The vault file (default: $TESSERA_VAULT, else %1).").arg(session::defaultVaultPath()),
         QStringLiteral("PATH")},
        {kPasswordStdin, QStringLiteral("Read the password from the first line of standard input (and open the "
                                        "file, not the running Tessera).")},
        {QStringLiteral("no-app"), QStringLiteral("Open the vault file even when the running Tessera has it "
                                                  "unlocked.")},
    });
}

QString vaultPathFrom(const QCommandLineParser &p)
{
    return session::resolveVaultPath(p.value(kVault));
}

} // namespace tessera::cli
