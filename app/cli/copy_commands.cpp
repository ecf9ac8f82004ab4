// tessera-cli merge FILE and restore FILE: another copy of the vault taken in on purpose. merge joins
// it with the vault (a sync engine's copy, the file from another computer, a backup); restore makes
// the vault's accounts those of a backup, as a change made now that every computer takes.
#include "cli_support.h"
#include "password_file.h"
#include "terminal_input.h"
#include "vault_options.h"

#include "session/sync_copies.h"
#include "vault/backup_rotation.h"

#include <QFileInfo>

namespace tessera::cli {
namespace {

const QString kCopyPasswordFile = QStringLiteral("copy-password-file");

struct CopyCommand
{
    QCommandLineParser parser;
    std::unique_ptr<vault::VaultStore> store;
    QString copyPath;
};

// Parses, checks the one FILE and opens the vault; returns an exit code when there is nothing to go on.
std::optional<int> prepare(CopyCommand &c, const QString &command, const QString &description, const QStringList &args)
{
    QCommandLineParser &p = c.parser;
    p.setApplicationDescription(description);
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A copy of this vault, or one of its backups."));
    p.addOption({kCopyPasswordFile,
                 QStringLiteral("The copy's password, when it differs from the vault's: the first line of F "
                                "('-' for the next line of standard input). Asked for when needed otherwise."),
                 QStringLiteral("F")});
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, command, args))
        return done;
    if (p.positionalArguments().size() != 1)
        return usageError(command, QStringLiteral("give exactly one file"));
    c.copyPath = QFileInfo(p.positionalArguments().first()).absoluteFilePath();
    if (!QFileInfo(c.copyPath).isFile())
        return report(Error{ErrorCode::VaultNotFound, c.copyPath});
    auto store = openVault(p, /*mergeCopies=*/false);
    if (!store)
        return report(store.error());
    c.store = std::move(*store);
    return std::nullopt;
}

// Runs `take` with no password first, then, when the copy was saved under another one, with its password.
template <typename Take>
Result<vault::Arrivals> withCopyPassword(const CopyCommand &c, Take &&take)
{
    auto taken = take(std::optional<SecretBytes>());
    if (taken || taken.error().code != ErrorCode::PasswordRequired)
        return taken;
    auto password = c.parser.isSet(kCopyPasswordFile)
                        ? readPasswordFile(c.parser.value(kCopyPasswordFile))
                        : promptHidden(QStringLiteral("Password of %1: ").arg(QFileInfo(c.copyPath).fileName()));
    if (!password)
        return tl::unexpected(password.error());
    return take(std::optional<SecretBytes>(std::move(*password)));
}

} // namespace

int runMerge(const QStringList &args)
{
    const QString command = QStringLiteral("merge");
    CopyCommand c;
    if (auto done = prepare(c, command,
                            QStringLiteral("Merge another copy of this vault into it: accounts added, changed or "
                                           "removed in either are kept that way. The vault keeps its password."),
                            args))
        return *done;
    auto merged = withCopyPassword(c, [&](const std::optional<SecretBytes> &password) {
        return session::mergeCopyFile(*c.store, c.copyPath, password);
    });
    if (!merged)
        return report(merged.error());
    const QString arrived = session::arrivalsSentence(*merged);
    say(QStringLiteral("Merged %1: %2").arg(QFileInfo(c.copyPath).fileName(),
                                            arrived.isEmpty() ? QStringLiteral("nothing new in it.") : arrived));
    return Success;
}

int runRestore(const QStringList &args)
{
    const QString command = QStringLiteral("restore");
    CopyCommand c;
    if (auto done = prepare(c, command,
                            QStringLiteral("Make the vault's accounts those of a backup, on purpose: other computers "
                                           "take the restore too. The vault keeps its password; the vault as it was "
                                           "is kept in backups/."),
                            args))
        return *done;
    auto restored = withCopyPassword(c, [&](const std::optional<SecretBytes> &password) {
        return session::restoreBackup(*c.store, c.copyPath, password);
    });
    if (!restored)
        return report(restored.error());
    const vault::Arrivals &a = *restored;
    say(QStringLiteral("Restored the vault from %1 (%2 account(s) back or added, %3 changed, %4 removed); the vault as "
                       "it was is kept in %5.")
            .arg(QFileInfo(c.copyPath).fileName())
            .arg(a.added)
            .arg(a.changed)
            .arg(a.removed)
            .arg(vault::backupsFolderFor(c.store->path())));
    return Success;
}

} // namespace tessera::cli
