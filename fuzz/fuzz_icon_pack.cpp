// libFuzzer target: Aegis icon packs (ZIP archive + pack.json). Any bytes either read as a pack or are
// refused as IconPackDamaged; a pack read has at least one icon, and every icon is a picture value.
#include "icons/icon_pack.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tessera;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto pack = icons::readIconPack(bytes);
    if (!pack) {
        if (pack.error().code != ErrorCode::IconPackDamaged)
            std::abort();
        return 0;
    }
    if (pack->icons.empty() || pack->uuid.isNull())
        std::abort();
    for (const icons::PackIcon &icon : pack->icons) {
        if (!icon.picture.startsWith(QLatin1String("data:image/")))
            std::abort();
    }
    return 0;
}
