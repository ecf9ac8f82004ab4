#include "interop/importers/ente_code_display.h"

#include "interop/import_support.h"
#include "uri/percent_encoding.h"

namespace tessera::interop {

std::optional<AccountExtras> readCodeDisplay(QByteArrayView link)
{
    static constexpr QByteArrayView kParameter = "codeDisplay=";
    const qsizetype query = link.indexOf('?');
    if (query < 0)
        return std::nullopt;
    qsizetype at = link.indexOf(kParameter, query);
    while (at > 0 && link[at - 1] != '?' && link[at - 1] != '&')
        at = link.indexOf(kParameter, at + 1);
    if (at < 0)
        return std::nullopt;
    const qsizetype start = at + kParameter.size();
    qsizetype end = link.indexOf('&', start);
    if (end < 0)
        end = link.size();
    const QByteArrayView value = link.sliced(start, end - start);
    const auto json = uri::percentDecode(std::string_view(value.data(), std::size_t(value.size())), uri::PlusMeans::Space);
    const auto document = json ? parseJson(*json) : std::nullopt;
    if (!document || !document->isObject())
        return std::nullopt;
    const QJsonObject display = document->object();
    const QJsonArray tags = display.value(QLatin1String("tags")).toArray();
    return AccountExtras{.group = tags.isEmpty() ? QString() : tags.first().toString(),
                         .notes = display.value(QLatin1String("note")).toString(),
                         .favourite = display.value(QLatin1String("pinned")).toBool()};
}

} // namespace tessera::interop
