#include "icons/icon_pack.h"

#include "encoding/zip_reader.h"
#include "icons/account_icon.h"
#include "icons/issuer_key.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::icons {
namespace {

constexpr qsizetype kMaxManifestBytes = 4 * 1024 * 1024;
constexpr qsizetype kMaxPictureBytes = 256 * 1024;
// A partial fit needs a few letters in common, or "X" would fit every service with an x in its name.
constexpr qsizetype kMinPartialKey = 3;

Error damaged(const QString &what)
{
    return Error{ErrorCode::IconPackDamaged, what};
}

QStringList issuersOf(const QJsonValue &value)
{
    QStringList issuers;
    for (const QJsonValue &issuer : value.toArray()) {
        if (issuer.isString() && !issuer.toString().trimmed().isEmpty())
            issuers.append(issuer.toString().trimmed());
    }
    return issuers;
}

} // namespace

Result<IconPack> readIconPack(const QByteArray &archive)
{
    if (archive.size() > kMaxIconPackBytes)
        return tl::unexpected(damaged(QStringLiteral("larger than %1 MiB").arg(kMaxIconPackBytes / (1024 * 1024))));
    auto zip = encoding::ZipReader::open(archive, kMaxIconPackFiles);
    if (!zip)
        return tl::unexpected(damaged(zip.error().detail));
    const encoding::ZipEntry *manifestEntry = zip->find(u"pack.json");
    if (!manifestEntry)
        return tl::unexpected(damaged(QStringLiteral("no pack.json")));
    auto manifestBytes = zip->read(*manifestEntry, kMaxManifestBytes);
    if (!manifestBytes)
        return tl::unexpected(damaged(manifestBytes.error().code == ErrorCode::ArchiveEntryTooLarge
                                          ? QStringLiteral("pack.json is too large")
                                          : manifestBytes.error().detail));
    QJsonParseError parseError;
    const QJsonDocument manifest = QJsonDocument::fromJson(*manifestBytes, &parseError);
    if (!manifest.isObject())
        return tl::unexpected(damaged(QStringLiteral("pack.json is not a JSON object")));
    const QJsonObject root = manifest.object();

    IconPack pack;
    pack.uuid = QUuid::fromString(root.value(u"uuid").toString());
    pack.name = root.value(u"name").toString().trimmed();
    pack.version = root.value(u"version").toInt();
    if (pack.uuid.isNull())
        return tl::unexpected(damaged(QStringLiteral("pack.json has no uuid")));
    if (pack.name.isEmpty())
        return tl::unexpected(damaged(QStringLiteral("pack.json has no name")));

    qsizetype inflated = 0;
    for (const QJsonValue &value : root.value(u"icons").toArray()) {
        const QJsonObject object = value.toObject();
        const QString filename = object.value(u"filename").toString();
        const encoding::ZipEntry *entry = filename.isEmpty() ? nullptr : zip->find(filename);
        if (!entry || entry->size > kMaxPictureBytes || inflated + entry->size > kMaxIconPackInflated) {
            ++pack.skipped;
            continue;
        }
        inflated += entry->size;
        auto bytes = zip->read(*entry, kMaxPictureBytes);
        auto picture = bytes ? pictureIconValue(*bytes) : Result<QString>(tl::unexpected(bytes.error()));
        if (!picture) {
            ++pack.skipped;
            continue;
        }
        PackIcon icon;
        icon.name = object.value(u"name").toString().trimmed();
        if (icon.name.isEmpty())
            icon.name = QFileInfo(filename).completeBaseName();
        icon.category = object.value(u"category").toString();
        icon.issuers = issuersOf(object.value(u"issuer"));
        icon.picture = std::move(*picture);
        for (const QString &listed : icon.issuers + QStringList{icon.name}) {
            for (const QString &key : issuerKeys(listed)) {
                if (!icon.keys.contains(key))
                    icon.keys.append(key);
            }
        }
        pack.icons.push_back(std::move(icon));
    }
    if (pack.icons.empty())
        return tl::unexpected(damaged(pack.skipped > 0 ? QStringLiteral("none of its pictures can be used")
                                                       : QStringLiteral("pack.json lists no icons")));
    return pack;
}

namespace {

// The match against an issuer's keys (issuerKeys), worked out once per issuer by the callers: a search
// or an account checks every icon of every pack, and the keys cost a regular expression each.
PackMatch matchKeys(const PackIcon &icon, const QStringList &keys)
{
    if (keys.isEmpty())
        return PackMatch::None;
    for (const QString &key : keys) {
        if (icon.keys.contains(key))
            return PackMatch::Exact;
    }
    const QString &key = keys.constFirst();
    for (const QString &listedKey : icon.keys) {
        if (std::min(key.size(), listedKey.size()) >= kMinPartialKey
            && (listedKey.contains(key) || key.contains(listedKey)))
            return PackMatch::Partial;
    }
    return PackMatch::None;
}

} // namespace

PackMatch packMatch(const PackIcon &icon, QStringView issuer)
{
    return matchKeys(icon, issuerKeys(issuer));
}

std::vector<const PackIcon *> searchPackIcons(const std::vector<IconPack> &packs, QStringView query, int limit)
{
    const QStringList keys = issuerKeys(query);
    std::vector<const PackIcon *> exact, partial;
    for (const IconPack &pack : packs) {
        for (const PackIcon &icon : pack.icons) {
            const PackMatch match = matchKeys(icon, keys);
            if (match == PackMatch::Exact)
                exact.push_back(&icon);
            else if (match == PackMatch::Partial)
                partial.push_back(&icon);
        }
    }
    exact.insert(exact.end(), partial.begin(), partial.end());
    if (qsizetype(exact.size()) > limit)
        exact.resize(std::max(0, limit));
    return exact;
}

const PackIcon *packIconFor(const std::vector<IconPack> &packs, QStringView issuer)
{
    const QStringList keys = issuerKeys(issuer);
    for (const IconPack &pack : packs) {
        for (const PackIcon &icon : pack.icons) {
            if (matchKeys(icon, keys) == PackMatch::Exact)
                return &icon;
        }
    }
    return nullptr;
}

} // namespace tessera::icons
