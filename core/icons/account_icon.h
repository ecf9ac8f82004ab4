#pragma once
// What an account's own icon choice (vault::Account::icon) means, and how a choice is written:
//   ""                          automatic: the service's icon found by issuer, else a letter
//   "simple-icons:SLUG"         this icon from the bundled catalogue
//   "letter"                    always the letter, even where an icon would match
//   "data:image/TYPE;base64,…"  a picture the user chose or an import brought (Aegis, 2FAS…)
// Anything else (an older or another app's value) is treated as automatic and kept as it is.

#include "common/error.h"
#include "icons/service_icon_catalog.h"

#include <QByteArray>
#include <QString>

namespace tessera::icons {

enum class IconChoice { Automatic, Catalogue, Letter, Picture };

struct ParsedIcon
{
    IconChoice choice = IconChoice::Automatic;
    QString slug; // Catalogue
};
ParsedIcon parseAccountIcon(const QString &value);

QString catalogueIconValue(const QString &slug);
QString letterIconValue();
// A picture file's bytes as an icon value: PNG, JPEG, GIF, WebP or SVG (told by content, not by name),
// at most 256 KiB (the limit Aegis also keeps). Anything else is InvalidInput with a sentence.
Result<QString> pictureIconValue(const QByteArray &bytes);

// What the list shows for an account: a catalogue icon, the picture, or (neither) the letter.
struct ResolvedIcon
{
    IconChoice shown = IconChoice::Letter;
    std::optional<ServiceIcon> service; // shown == Catalogue
    QString picture;                    // shown == Picture: the data: URL
};
ResolvedIcon resolveAccountIcon(const QString &value, QStringView issuer, const ServiceIconCatalog &catalog);

} // namespace tessera::icons
