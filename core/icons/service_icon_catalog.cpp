#include "icons/service_icon_catalog.h"
#include "icons/issuer_key.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tessera::icons {
namespace {

// Names services go by that the catalogue does not list as aliases.
const QList<std::pair<QString, QString>> &extraAliases()
{
    static const QList<std::pair<QString, QString>> aliases{
        {QStringLiteral("twitter"), QStringLiteral("x")},
        {QStringLiteral("electronicarts"), QStringLiteral("ea")},
        {QStringLiteral("googleworkspace"), QStringLiteral("google")},
        {QStringLiteral("gmail"), QStringLiteral("gmail")},
        {QStringLiteral("protonmail"), QStringLiteral("protonmail")},
        {QStringLiteral("blizzard"), QStringLiteral("battledotnet")},
        {QStringLiteral("playstationnetwork"), QStringLiteral("playstation")},
        {QStringLiteral("psn"), QStringLiteral("playstation")},
        {QStringLiteral("facebookmeta"), QStringLiteral("facebook")},
    };
    return aliases;
}

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QString &hex)
{
    bool ok = false;
    const uint rgb = hex.toUInt(&ok, 16);
    if (!ok || hex.size() != 6)
        return 0;
    return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
}

bool isHexColour(QStringView text)
{
    return text.size() == 6 && std::all_of(text.begin(), text.end(), [](QChar c) { return std::isxdigit(c.unicode()) && c.unicode() < 128; });
}

} // namespace

Result<ServiceIconCatalog> ServiceIconCatalog::fromBundle(const QByteArray &bundle)
{
    const Result<ServiceIconTables> tables = splitServiceIconBundle(bundle);
    if (!tables)
        return tl::unexpected(tables.error());
    return fromTables(tables->index, tables->paths);
}

Result<ServiceIconCatalog> ServiceIconCatalog::fromTables(QByteArrayView index, const QByteArray &paths)
{
    const auto damaged = [] { return fail(ErrorCode::Corrupted, QStringLiteral("the bundled service icons")); };
    qsizetype lineStart = index.indexOf('\n');
    if (lineStart <= 0 || !index.startsWith("simple-icons "))
        return damaged();
    ServiceIconCatalog catalog;
    catalog.m_version = QString::fromUtf8(index.first(lineStart));
    catalog.m_paths = paths;
    ++lineStart;
    while (lineStart < index.size()) {
        qsizetype lineEnd = index.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = index.size();
        const QStringList fields = QString::fromUtf8(index.sliced(lineStart, lineEnd - lineStart)).split(QLatin1Char('\t'));
        lineStart = lineEnd + 1;
        bool offsetOk = false;
        bool lengthOk = false;
        const qsizetype offset = fields.size() == 6 ? fields.at(4).toLongLong(&offsetOk) : -1;
        const qsizetype length = fields.size() == 6 ? fields.at(5).toLongLong(&lengthOk) : -1;
        if (!offsetOk || !lengthOk || offset < 0 || length < 0 || offset > paths.size() - length ||
            fields.at(0).isEmpty() || !isHexColour(fields.at(2)))
            return damaged();
        Entry entry{.icon = {.slug = fields.at(0), .title = fields.at(1), .hex = fields.at(2)},
                    .keys = {},
                    .pathOffset = offset,
                    .pathLength = length};
        entry.keys.append(nameKey(entry.icon.title));
        entry.keys.append(entry.icon.slug);
        for (const QString &alias : fields.at(3).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            entry.keys.append(nameKey(alias));
        catalog.m_bySlug.insert(entry.icon.slug, catalog.m_icons.size());
        catalog.m_icons.append(std::move(entry));
    }
    // Names first, so that an alias never takes a name away from the service that has it.
    for (qsizetype i = 0; i < catalog.m_icons.size(); ++i) {
        const Entry &e = catalog.m_icons.at(i);
        catalog.m_byKey.insert(e.keys.at(0), i);
        catalog.m_byKey.insert(e.icon.slug, catalog.m_byKey.value(e.icon.slug, i));
    }
    for (qsizetype i = 0; i < catalog.m_icons.size(); ++i) {
        for (const QString &key : catalog.m_icons.at(i).keys.mid(2)) {
            if (!key.isEmpty() && !catalog.m_byKey.contains(key))
                catalog.m_byKey.insert(key, i);
        }
    }
    for (const auto &[alias, slug] : extraAliases()) {
        if (!catalog.m_byKey.contains(alias) && catalog.m_bySlug.contains(slug))
            catalog.m_byKey.insert(alias, catalog.m_bySlug.value(slug));
    }
    return catalog;
}

std::optional<ServiceIcon> ServiceIconCatalog::match(QStringView issuer) const
{
    for (const QString &key : issuerKeys(issuer)) {
        if (const auto found = m_byKey.constFind(key); found != m_byKey.cend())
            return iconAt(*found);
    }
    return std::nullopt;
}

std::optional<ServiceIcon> ServiceIconCatalog::bySlug(const QString &slug) const
{
    if (const auto found = m_bySlug.constFind(slug); found != m_bySlug.cend())
        return iconAt(*found);
    return std::nullopt;
}

QList<ServiceIcon> ServiceIconCatalog::search(QStringView query, int limit) const
{
    const QString key = nameKey(query);
    QList<std::pair<int, qsizetype>> ranked; // (0: a name starts with the query, 1: contains it), index
    for (qsizetype i = 0; i < m_icons.size(); ++i) {
        int rank = 2;
        for (const QString &name : m_icons.at(i).keys)
            rank = std::min(rank, name.startsWith(key) ? 0 : name.contains(key) ? 1 : 2);
        if (rank < 2)
            ranked.append({rank, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [this](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return m_icons.at(a.second).icon.title.compare(m_icons.at(b.second).icon.title, Qt::CaseInsensitive) < 0;
    });
    QList<ServiceIcon> found;
    for (qsizetype i = 0; i < ranked.size() && found.size() < limit; ++i)
        found.append(iconAt(ranked.at(i).second));
    return found;
}

QByteArray ServiceIconCatalog::svg(const QString &slug, const QString &fillHex) const
{
    const auto found = m_bySlug.constFind(slug);
    if (found == m_bySlug.cend() || !isHexColour(fillHex))
        return {};
    const Entry &e = m_icons.at(*found);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path fill=\"#" + fillHex.toLatin1() +
           "\" d=\"" + QByteArrayView(m_paths).sliced(e.pathOffset, e.pathLength).toByteArray() + "\"/></svg>";
}

QString glyphColourOn(const QString &brandHex)
{
    // The contrast of white and of black against the brand colour (WCAG): the larger one wins.
    const double l = luminance(brandHex);
    const double withWhite = 1.05 / (l + 0.05);
    const double withBlack = (l + 0.05) / 0.05;
    return withWhite >= withBlack ? QStringLiteral("FFFFFF") : QStringLiteral("000000");
}

} // namespace tessera::icons
