#pragma once
// Aegis icon packs: a ZIP archive with pack.json ({uuid, name, version, icons: [{filename, name,
// category, issuer: [...]}]}) and the pictures it names. A pack is read whole and checked once; its
// icons are then offered in the icon chooser and can be given to the accounts they match. A picture
// chosen from a pack is stored in the vault like any picture, so it travels with exports.

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <vector>

namespace tessera::icons {

struct PackIcon
{
    QString name;        // the icon's own name, or its file name without the extension
    QString category;
    QStringList issuers; // as the pack writes them
    QString picture;     // the icon as an account's icon value (a data: URL)
    QStringList keys;    // every issuerKeys() of its issuers and its name, worked out once when read
};

struct IconPack
{
    QUuid uuid;
    QString name;
    int version = 0;
    std::vector<PackIcon> icons;
    int skipped = 0; // icons whose picture is missing, too large or not a picture
};

// Limits a hostile pack cannot pass: the archive's size, its number of files and the bytes inflated.
constexpr qsizetype kMaxIconPackBytes = 64 * 1024 * 1024;
constexpr int kMaxIconPackFiles = 20000;
constexpr qsizetype kMaxIconPackInflated = 128 * 1024 * 1024;

// The pack, or IconPackDamaged saying what is wrong (no pack.json, not JSON, no uuid, no usable icon).
Result<IconPack> readIconPack(const QByteArray &archive);

// How well a pack icon fits an issuer: Exact when a name it lists reduces to one of the issuer's keys
// ("Google LLC" and "google.com" both fit "Google"), Partial when one contains the other (as Aegis
// suggests), None otherwise.
enum class PackMatch { None, Partial, Exact };
PackMatch packMatch(const PackIcon &icon, QStringView issuer);

// The icons of all packs fitting a query, exact fits first, at most `limit`.
std::vector<const PackIcon *> searchPackIcons(const std::vector<IconPack> &packs, QStringView query, int limit);
// The icon an account with this issuer gets automatically from the packs: the first exact fit.
const PackIcon *packIconFor(const std::vector<IconPack> &packs, QStringView issuer);

} // namespace tessera::icons
