// tessera-cli sync status: how this computer's copy of the vault stands beside the others: this
// computer's id, the saves each computer made in the file, whether the file lacks saves seen here
// before, and the sync engines' conflict copies waiting beside it (listed, not merged).
#include "cli_support.h"
#include "json_writer.h"
#include "vault_options.h"

#include "session/device_identity.h"
#include "vault/conflict_copies.h"

#include <QFileInfo>

namespace tessera::cli {
namespace {

QString historyText(const QMap<QString, quint64> &history, const QString &thisDevice, bool forPeople)
{
    QStringList parts;
    for (auto it = history.cbegin(); it != history.cend(); ++it) {
        const QString who = forPeople ? it.key().left(8) + (it.key() == thisDevice ? QStringLiteral(" (this computer)") : QString())
                                      : it.key();
        parts << QStringLiteral("%1: %2").arg(who).arg(it.value());
    }
    return parts.isEmpty() ? (forPeople ? QStringLiteral("none yet") : QString()) : parts.join(QStringLiteral(", "));
}

} // namespace

int runSync(const QStringList &args)
{
    const QString command = QStringLiteral("sync");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Show how this vault stands beside its copies on other computers."));
    p.addPositionalArgument(QStringLiteral("status"), QStringLiteral("What to show."));
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON object instead of text.")});
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, command, args))
        return *done;
    if (p.positionalArguments() != QStringList{QStringLiteral("status")})
        return usageError(command, QStringLiteral("say status"));
    auto store = openVault(p, /*mergeCopies=*/false);
    if (!store)
        return report(store.error());
    const vault::VaultStore &s = **store;
    const QString device = session::deviceId();
    const QList<vault::ConflictCopy> copies = vault::findConflictCopies(s.path(), s.header().vaultId);
    QStringList copyNames;
    for (const vault::ConflictCopy &copy : copies)
        copyNames << QStringLiteral("%1 (%2)").arg(QFileInfo(copy.path).fileName(), vault::engineName(copy.engine));
    if (p.isSet(QStringLiteral("json"))) {
        JsonObjectWriter json(stdout);
        json.field("device", device);
        json.field("vault", s.path());
        json.field("vault_id", QString::fromLatin1(s.header().vaultId.toHex()));
        json.field("history", historyText(s.vault().history, device, false));
        json.field("seen", historyText(s.seenHistory(), device, false));
        json.flag("lacks_seen_saves", s.lacksSeenSaves());
        json.field("conflict_copies", copyNames.join(QStringLiteral("; ")));
        return Success;
    }
    say(QStringLiteral("This computer: %1").arg(device));
    say(QStringLiteral("Vault: %1").arg(s.path()));
    say(QStringLiteral("Saves in it, by computer: %1").arg(historyText(s.vault().history, device, true)));
    say(s.lacksSeenSaves()
            ? QStringLiteral("It lacks saves this computer has seen (%1): an older copy; changes are refused until a "
                             "newer copy is merged ('tessera-cli merge FILE') or this one restored on purpose.")
                  .arg(historyText(s.seenHistory(), device, true))
            : QStringLiteral("It holds every save this computer has seen."));
    say(copyNames.isEmpty() ? QStringLiteral("Conflict copies beside it: none.")
                            : QStringLiteral("Conflict copies beside it (merged by the next command or the app): %1")
                                  .arg(copyNames.join(QStringLiteral(", "))));
    return Success;
}

} // namespace tessera::cli
