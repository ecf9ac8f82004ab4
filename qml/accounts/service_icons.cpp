#include "accounts/service_icons.h"

#include "icons/account_icon.h"

#include <QBuffer>
#include <QResource>
#include <QImageReader>
#include <QVariantMap>
#include <QtConcurrent>

namespace tessera::bridge {

namespace {

// A resource's bytes where the binary holds them: the tables are embedded uncompressed, so this is a
// view of read-only data, not a copy (a compressed resource, which the build never makes, is inflated).
QByteArray resourceBytes(const QString &path)
{
    const QResource resource(path);
    if (!resource.isValid())
        return {};
    if (resource.compressionAlgorithm() != QResource::NoCompression)
        return resource.uncompressedData();
    return QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size());
}

} // namespace

const icons::ServiceIconCatalog &bundledServiceIcons()
{
    static const icons::ServiceIconCatalog catalog = [] {
        const QByteArray index = resourceBytes(QStringLiteral(":/service-icons/index.tsv"));
        auto loaded = icons::ServiceIconCatalog::fromTables(index, resourceBytes(QStringLiteral(":/service-icons/paths.txt")));
        if (!loaded) {
            qWarning("tessera: the bundled service icons are damaged; accounts show letters");
            return icons::ServiceIconCatalog();
        }
        return std::move(*loaded);
    }();
    return catalog;
}

void preloadServiceIcons()
{
    // The catalogue is a function-local static: a row asking for it meanwhile waits for this read
    // instead of starting a second one.
    (void)QtConcurrent::run([] { (void)bundledServiceIcons(); });
}

namespace {

QString sourceOf(const icons::ServiceIcon &icon)
{
    return QStringLiteral("image://service/%1/%2").arg(icon.slug, icons::glyphColourOn(icon.hex));
}

QVariantMap entryOf(const icons::ServiceIcon &icon)
{
    return {{QStringLiteral("slug"), icon.slug},
            {QStringLiteral("title"), icon.title},
            {QStringLiteral("source"), sourceOf(icon)},
            {QStringLiteral("background"), QColor(QLatin1Char('#') + icon.hex)},
            {QStringLiteral("value"), icons::catalogueIconValue(icon.slug)}};
}

} // namespace

IconLook iconLookOf(const QString &iconValue, QStringView issuer)
{
    const icons::ResolvedIcon resolved = icons::resolveAccountIcon(iconValue, issuer, bundledServiceIcons());
    switch (resolved.shown) {
    case icons::IconChoice::Catalogue:
        return {sourceOf(*resolved.service), QColor(QLatin1Char('#') + resolved.service->hex)};
    case icons::IconChoice::Picture:
        return {resolved.picture, QColor()};
    default:
        return {};
    }
}

ServiceIconProvider::ServiceIconProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage ServiceIconProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString slug = id.section(QLatin1Char('/'), 0, 0);
    const QString colour = id.section(QLatin1Char('/'), 1, 1);
    QByteArray svg = bundledServiceIcons().svg(slug, colour);
    QBuffer buffer(&svg);
    QImageReader reader(&buffer, "svg");
    const int side = std::clamp(std::max(requestedSize.width(), requestedSize.height()), 8, 512);
    reader.setScaledSize(QSize(requestedSize.isValid() ? side : 64, requestedSize.isValid() ? side : 64));
    QImage image = reader.read();
    if (size)
        *size = image.size();
    return image;
}

ServiceIcons::ServiceIcons(QObject *parent) : QObject(parent) {}

QString ServiceIcons::version() const
{
    return bundledServiceIcons().version();
}

QVariantList ServiceIcons::search(const QString &query, int limit) const
{
    QVariantList found;
    for (const icons::ServiceIcon &icon : bundledServiceIcons().search(query, limit))
        found.append(entryOf(icon));
    return found;
}

QVariantMap ServiceIcons::look(const QString &iconValue, const QString &issuer) const
{
    const IconLook look = iconLookOf(iconValue, issuer);
    return {{QStringLiteral("source"), look.source}, {QStringLiteral("background"), look.background}};
}

} // namespace tessera::bridge
