#include "vault/conflict_copies.h"

#include "vault/vault_header.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace tessera::vault {
namespace {

// Files an engine writes while a transfer is under way; they are never a finished copy.
bool isEngineTemporary(const QString &name)
{
    return name.startsWith(QLatin1String(".syncthing.")) || name.startsWith(QLatin1Char('~')) ||
           name.startsWith(QLatin1String(".~")) || name.endsWith(QLatin1String(".tmp")) ||
           name.endsWith(QLatin1String(".part")) || name.endsWith(QLatin1String(".partial")) ||
           name.contains(QLatin1String(".dropbox"));
}

struct NamePattern
{
    SyncEngine engine;
    const char *middle; // between NAME and .EXT
};

// Tried in this order: the more specific forms first, OneDrive's loose "-HOSTNAME" last.
constexpr NamePattern kPatterns[] = {
    {SyncEngine::Syncthing, R"(\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7})"},
    {SyncEngine::Dropbox, R"( \([^()]*['’]s conflicted copy[^()]*\)(?: \(\d+\))?)"},
    {SyncEngine::Nextcloud, R"( \(conflicted copy[^()]*\)(?: \(\d+\))?)"},
    {SyncEngine::Nextcloud, R"(_conflict-\d{8}-\d{6})"},
    {SyncEngine::ICloud, R"( \d{1,4})"},
    {SyncEngine::OneDrive, R"(-[A-Za-z0-9][A-Za-z0-9_-]*)"},
};

} // namespace

QString engineName(SyncEngine engine)
{
    switch (engine) {
    case SyncEngine::Syncthing:
        return QStringLiteral("Syncthing");
    case SyncEngine::Nextcloud:
        return QStringLiteral("Nextcloud");
    case SyncEngine::Dropbox:
        return QStringLiteral("Dropbox");
    case SyncEngine::OneDrive:
        return QStringLiteral("OneDrive");
    case SyncEngine::ICloud:
        return QStringLiteral("iCloud Drive");
    }
    return {};
}

std::optional<SyncEngine> conflictCopyEngine(const QString &vaultFileName, const QString &candidate)
{
    if (candidate == vaultFileName || isEngineTemporary(candidate))
        return std::nullopt;
    const QFileInfo vaultName(vaultFileName);
    // Most files in a sync folder are not the vault's: they are turned away before any pattern is built
    // (the app asks on every change in the folder).
    const QString dotSuffix = vaultName.suffix().isEmpty() ? QString() : QLatin1Char('.') + vaultName.suffix();
    if (!candidate.startsWith(vaultName.completeBaseName()) || !candidate.endsWith(dotSuffix))
        return std::nullopt;
    const QString base = QRegularExpression::escape(vaultName.completeBaseName());
    const QString suffix = vaultName.suffix().isEmpty() ? QString() : QStringLiteral("\\.") + QRegularExpression::escape(vaultName.suffix());
    for (const NamePattern &pattern : kPatterns) {
        const QRegularExpression re(QStringLiteral("^%1%2%3$").arg(base, QString::fromUtf8(pattern.middle), suffix));
        if (re.match(candidate).hasMatch())
            return pattern.engine;
    }
    return std::nullopt;
}

QList<ConflictCopy> findConflictCopies(const QString &vaultPath, const QByteArray &vaultId)
{
    const QFileInfo vaultInfo(vaultPath);
    QDir folder = vaultInfo.absoluteDir();
    const QFileInfoList files = folder.entryInfoList(QDir::Files | QDir::Hidden, QDir::Time | QDir::Reversed);
    QList<ConflictCopy> copies;
    for (const QFileInfo &file : files) {
        const auto engine = conflictCopyEngine(vaultInfo.fileName(), file.fileName());
        if (!engine || file.size() > kMaxVaultFileSize)
            continue;
        QFile f(file.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const auto parsed = parseVaultFile(f.readAll());
        if (parsed && parsed->header.vaultId == vaultId)
            copies.append({file.absoluteFilePath(), *engine});
    }
    return copies;
}

} // namespace tessera::vault
