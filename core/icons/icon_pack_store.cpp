#include "icons/icon_pack_store.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace tessera::icons {
namespace {

const QLatin1String kSuffix(".aegis-pack.zip");

Error ioFailure(const QString &path, const QString &why)
{
    return Error{ErrorCode::IoFailure, QStringLiteral("%1: %2").arg(path, why)};
}

} // namespace

IconPackStore::IconPackStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString IconPackStore::fileOf(const QUuid &uuid) const
{
    return QDir(m_folder).filePath(uuid.toString(QUuid::WithoutBraces) + kSuffix);
}

Result<IconPack> IconPackStore::import(const QString &archivePath)
{
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly))
        return tl::unexpected(ioFailure(archivePath, file.errorString()));
    // One byte past the limit tells a file that is too large without reading all of it.
    const QByteArray archive = file.read(kMaxIconPackBytes + 1);
    auto pack = readIconPack(archive);
    if (!pack)
        return pack;
    if (!QDir().mkpath(m_folder))
        return tl::unexpected(ioFailure(m_folder, QStringLiteral("cannot create the folder")));
    QSaveFile copy(fileOf(pack->uuid));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(archive) != archive.size() || !copy.commit())
        return tl::unexpected(ioFailure(copy.fileName(), copy.errorString()));
    return pack;
}

std::vector<IconPack> IconPackStore::load(QStringList *problems) const
{
    std::vector<IconPack> packs;
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(QDir(m_folder).filePath(name));
        auto pack = file.open(QIODevice::ReadOnly) ? readIconPack(file.read(kMaxIconPackBytes + 1))
                                                   : Result<IconPack>(tl::unexpected(ioFailure(name, file.errorString())));
        if (pack)
            packs.push_back(std::move(*pack));
        else if (problems)
            problems->append(file.fileName());
    }
    std::sort(packs.begin(), packs.end(), [](const IconPack &a, const IconPack &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return packs;
}

Result<void> IconPackStore::remove(const QUuid &uuid)
{
    QFile file(fileOf(uuid));
    if (file.exists() && !file.remove())
        return tl::unexpected(ioFailure(file.fileName(), file.errorString()));
    return {};
}

} // namespace tessera::icons
