#include "session/sync_copies.h"

#include "common/error_text.h"
#include "vault/backup_rotation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tessera::session {
namespace {

class SyncSentences
{
    Q_DECLARE_TR_FUNCTIONS(tessera::session::SyncSentences)
public:
    static QString of(const vault::Arrivals &a)
    {
        // The first part names accounts, the others only count ("2 accounts added and 1 removed").
        QStringList parts;
        const auto count = [&](int n, const QString &one, const QString &many, const QString &bare) {
            if (n > 0)
                parts << (parts.isEmpty() ? (n == 1 ? one : many.arg(n)) : bare.arg(n));
        };
        count(a.added, tr("1 account added"), tr("%1 accounts added"), tr("%1 added"));
        count(a.changed, tr("1 account changed"), tr("%1 accounts changed"), tr("%1 changed"));
        count(a.removed, tr("1 account removed"), tr("%1 accounts removed"), tr("%1 removed"));
        if (parts.isEmpty())
            return {};
        const QString joined = parts.size() == 1
                                   ? parts.first()
                                   : tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
        return tr("%1 on another computer.").arg(joined);
    }
};

bool isBesideVault(const vault::VaultStore &store, const QString &copyPath)
{
    const QFileInfo copy(copyPath);
    const QFileInfo vaultFile(store.path());
    return copy.absolutePath() == vaultFile.absolutePath() &&
           vault::conflictCopyEngine(vaultFile.fileName(), copy.fileName()).has_value();
}

} // namespace

CopiesMerged mergeConflictCopies(vault::VaultStore &store)
{
    CopiesMerged report;
    for (const vault::ConflictCopy &copy : vault::findConflictCopies(store.path(), store.header().vaultId)) {
        const QString name = QFileInfo(copy.path).fileName();
        auto merged = store.mergeCopy(copy.path);
        if (!merged) {
            if (merged.error().code == ErrorCode::PasswordRequired)
                report.needPassword.append(copy);
            else
                report.problems.append(QStringLiteral("%1: %2").arg(name, errorText(merged.error())));
            continue;
        }
        report.arrivals += *merged;
        if (auto moved = vault::moveIntoBackups(store.path(), copy.path); moved)
            report.merged.append(name);
        else
            report.problems.append(QStringLiteral("%1: %2").arg(name, errorText(moved.error())));
    }
    return report;
}

Result<vault::Arrivals> mergeCopyFile(vault::VaultStore &store, const QString &copyPath,
                                      const std::optional<SecretBytes> &password)
{
    auto merged = store.mergeCopy(copyPath, password);
    if (!merged)
        return merged;
    if (isBesideVault(store, copyPath))
        if (auto moved = vault::moveIntoBackups(store.path(), copyPath); !moved)
            return tl::unexpected(moved.error());
    return merged;
}

Result<vault::Arrivals> restoreBackup(vault::VaultStore &store, const QString &backupPath,
                                      const std::optional<SecretBytes> &password)
{
    return store.restoreFrom(backupPath, password);
}

QString arrivalsSentence(const vault::Arrivals &arrivals)
{
    return SyncSentences::of(arrivals);
}

} // namespace tessera::session
