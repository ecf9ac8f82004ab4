#include "icons/account_icon.h"

namespace tessera::icons {
namespace {

const QLatin1String kCataloguePrefix("simple-icons:");
const QLatin1String kLetter("letter");
constexpr qsizetype kMaxPictureBytes = 256 * 1024;

// The picture's type by its first bytes: a renamed file is still what it is.
QString pictureType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    const QByteArray head = bytes.left(1024).trimmed();
    if ((head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--")) && head.contains("<svg"))
        return QStringLiteral("image/svg+xml");
    return {};
}

} // namespace

ParsedIcon parseAccountIcon(const QString &value)
{
    if (value.startsWith(kCataloguePrefix) && value.size() > kCataloguePrefix.size())
        return {.choice = IconChoice::Catalogue, .slug = value.mid(kCataloguePrefix.size())};
    if (value == kLetter)
        return {.choice = IconChoice::Letter, .slug = {}};
    if (value.startsWith(QLatin1String("data:image/")) && value.contains(QLatin1String(";base64,")))
        return {.choice = IconChoice::Picture, .slug = {}};
    return {};
}

QString catalogueIconValue(const QString &slug)
{
    return kCataloguePrefix + slug;
}

QString letterIconValue()
{
    return kLetter;
}

Result<QString> pictureIconValue(const QByteArray &bytes)
{
    if (bytes.size() > kMaxPictureBytes)
        return tl::unexpected(Error{ErrorCode::IconPictureTooLarge, QString::number(kMaxPictureBytes / 1024)});
    const QString type = pictureType(bytes);
    if (type.isEmpty())
        return tl::unexpected(Error{ErrorCode::IconNotAPicture});
    return QStringLiteral("data:%1;base64,%2").arg(type, QString::fromLatin1(bytes.toBase64()));
}

ResolvedIcon resolveAccountIcon(const QString &value, QStringView issuer, const ServiceIconCatalog &catalog)
{
    const ParsedIcon parsed = parseAccountIcon(value);
    switch (parsed.choice) {
    case IconChoice::Letter:
        return {};
    case IconChoice::Picture:
        return {.shown = IconChoice::Picture, .service = std::nullopt, .picture = value};
    case IconChoice::Catalogue:
        if (auto icon = catalog.bySlug(parsed.slug))
            return {.shown = IconChoice::Catalogue, .service = std::move(icon), .picture = {}};
        break; // a slug a later catalogue dropped: fall back to matching
    case IconChoice::Automatic:
        break;
    }
    if (auto icon = catalog.match(issuer))
        return {.shown = IconChoice::Catalogue, .service = std::move(icon), .picture = {}};
    return {};
}

} // namespace tessera::icons
