#include "vault_options.h"

#include "common/error_text.h"
#include "session/account_operations.h"
#include "session/password_strength.h"
#include "session/vault_access.h"
#include "terminal_input.h"

#include <cstdio>

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
        {kPasswordStdin, QStringLiteral("Read the password from the first line of standard input.")},
    });
}

QString vaultPathFrom(const QCommandLineParser &p)
{
    return session::resolveVaultPath(p.value(kVault));
}

Result<SecretBytes> askPassword(const QCommandLineParser &p, const QString &prompt)
{
    if (p.isSet(kPasswordStdin))
        return readStdinSecretLine();
    return promptHidden(prompt);
}

Result<SecretBytes> askNewPassword(const QCommandLineParser &p)
{
    auto password = p.isSet(kPasswordStdin) ? Result<SecretBytes>(readStdinSecretLine())
                                            : promptNewPassword(QStringLiteral("New vault password: "));
    if (!password)
        return password;
    if (auto strong = session::checkNewPassword(*password); !strong)
        return tl::unexpected(strong.error());
    const session::PasswordStrength strength = session::estimatePasswordStrength(*password);
    if (strength.level == session::PasswordStrength::Level::Weak)
        std::fprintf(stderr, "tessera-cli: warning: this password is weak (about %d bits; 65 or more is good). %s\n",
                     int(strength.bits), qUtf8Printable(strength.advice));
    return password;
}

Result<std::unique_ptr<vault::VaultStore>> openVault(const QCommandLineParser &p)
{
    std::optional<SecretBytes> given;
    if (p.isSet(kPasswordStdin))
        given = readStdinSecretLine();
    std::optional<Error> keychainProblem;
    auto store = session::unlockVault(
        vaultPathFrom(p), std::move(given),
        [&]() -> Result<SecretBytes> {
            if (keychainProblem)
                std::fprintf(stderr, "tessera-cli: %s\n", qUtf8Printable(errorText(*keychainProblem)));
            return promptHidden(QStringLiteral("Vault password: "));
        },
        &keychainProblem);
    if (store && !(*store)->vault().quarantined.isEmpty())
        std::fprintf(stderr, "tessera-cli: %lld account(s) could not be read and are kept aside unchanged (%s).\n",
                     static_cast<long long>((*store)->vault().quarantined.size()),
                     qUtf8Printable((*store)->vault().quarantined.first().reason));
    return store;
}

Result<FoundAccount> openAndFind(const QCommandLineParser &p, const QString &query)
{
    auto store = openVault(p);
    if (!store)
        return tl::unexpected(store.error());
    auto id = session::findAccount((*store)->vault(), query);
    if (!id)
        return tl::unexpected(id.error());
    return FoundAccount{std::move(*store), *id};
}

} // namespace tessera::cli
