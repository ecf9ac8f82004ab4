#pragma once
// The bundled service icons (resources/service-icons, generated from a pinned Simple Icons release by
// scripts/update-simple-icons.sh): find a service's icon by issuer, by its slug, or by a search.
// The catalogue reads the index of ServiceIconTables and keeps only offsets into the paths table.

#include "common/error.h"
#include "icons/service_icon_tables.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tessera::icons {

struct ServiceIcon
{
    QString slug;  // Simple Icons' stable name, "google"
    QString title; // the service's name as its owner writes it, "Google"
    QString hex;   // the brand colour, six hex digits
};

class ServiceIconCatalog
{
public:
    ServiceIconCatalog() = default;
    // `bundle`: the file as committed (qCompress format). A damaged bundle is Corrupted.
    static Result<ServiceIconCatalog> fromBundle(const QByteArray &bundle);
    // The tables as the app embeds them (service_icon_tables.h). `paths` is kept as it is given: a
    // QByteArray::fromRawData over read-only resource data stays there. A damaged index is Corrupted.
    static Result<ServiceIconCatalog> fromTables(QByteArrayView index, const QByteArray &paths);

    QString version() const { return m_version; } // "simple-icons 16.37.0"
    qsizetype size() const { return m_icons.size(); }

    // The icon for an issuer as accounts name it ("Google LLC", "accounts.google.com"), if any.
    std::optional<ServiceIcon> match(QStringView issuer) const;
    std::optional<ServiceIcon> bySlug(const QString &slug) const;
    // For a chooser: icons whose name or alias contains the query, those starting with it first, then
    // by name; at most `limit`. An empty query lists from the start of the alphabet.
    QList<ServiceIcon> search(QStringView query, int limit) const;

    // A standalone SVG document of the icon drawn in `fillHex` (six hex digits) on a 24×24 view box;
    // empty for an unknown slug.
    QByteArray svg(const QString &slug, const QString &fillHex) const;

private:
    struct Entry
    {
        ServiceIcon icon;
        QStringList keys; // the name, the slug and the aliases, as nameKey() makes them
        qsizetype pathOffset = 0; // the icon's SVG path data in m_paths
        qsizetype pathLength = 0;
    };
    ServiceIcon iconAt(qsizetype index) const { return m_icons.at(index).icon; }

    QString m_version;
    QByteArray m_paths;
    QList<Entry> m_icons;
    QHash<QString, qsizetype> m_byKey;
    QHash<QString, qsizetype> m_bySlug;
};

// The colour a glyph drawn on the brand colour reads best in: "FFFFFF" or "000000".
QString glyphColourOn(const QString &brandHex);

} // namespace tessera::icons
