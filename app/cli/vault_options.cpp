#include "vault_options.h"

#include "common/error_text.h"
#include "session/account_operations.h"
#include "session/password_strength.h"
#include "session/sync_copies.h"
#include "session/vault_access.h"
#include "terminal_input.h"

#include <QFileInfo>
#include <cstdio>

namespace tessera::cli {
namespace {

const QString kPasswordStdin = QStringLiteral("password-stdin");

void tellMergedCopies(const session::CopiesMerged &copies)
{
    if (!copies.merged.isEmpty()) {
        const QString arrived = session::arrivalsSentence(copies.arrivals);
        std::fprintf(stderr, "tessera-cli: merged %lld copy(ies) a sync tool left beside the vault (%s), now in backups/. %s\n",
                     static_cast<long long>(copies.merged.size()), qUtf8Printable(copies.merged.join(QStringLiteral(", "))),
                     qUtf8Printable(arrived.isEmpty() ? QStringLiteral("Nothing new in them.") : arrived));
    }
    for (const vault::ConflictCopy &copy : copies.needPassword)
        std::fprintf(stderr, "tessera-cli: %s (from %s) was saved under another password; merge it with "
                             "'tessera-cli merge \"%s\"'.\n",
                     qUtf8Printable(QFileInfo(copy.path).fileName()), qUtf8Printable(vault::engineName(copy.engine)),
                     qUtf8Printable(copy.path));
    for (const QString &problem : copies.problems)
        std::fprintf(stderr, "tessera-cli: a copy beside the vault was not merged: %s\n", qUtf8Printable(problem));
}

} // namespace

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

Result<std::unique_ptr<vault::VaultStore>> openVault(const QCommandLineParser &p, bool mergeCopies)
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
    if (!store)
        return store;
    vault::VaultStore &opened = **store;
    opened.guardAgainstRollback(opened.seenHistory(), vault::VaultStore::Rollback::Refuse);
    if (mergeCopies)
        tellMergedCopies(session::mergeConflictCopies(opened));
    if (opened.lacksSeenSaves())
        std::fprintf(stderr, "tessera-cli: warning: %s lacks changes this computer has already seen (an older copy?); "
                             "commands that change it will refuse.\n",
                     qUtf8Printable(opened.path()));
    if (!(*store)->vault().quarantined.isEmpty())
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
