#include "interop/importers/proton_authenticator_importer.h"

#include "interop/import_support.h"

namespace tessera::interop {

std::optional<Protection> detectProtonAuthenticator(const SniffedFile &file)
{
    if (!file.json || !file.json->isObject())
        return std::nullopt;
    const QJsonArray entries = file.json->object().value(QLatin1String("entries")).toArray();
    if (!entries.isEmpty() && entries.first()[QLatin1String("content")][QLatin1String("uri")].isString())
        return Protection::Plain;
    return std::nullopt;
}

Result<ImportResult> importProtonAuthenticator(QByteArrayView bytes, const SecretBytes &)
{
    auto json = readJson(bytes, kProtonName);
    if (!json)
        return tl::unexpected(json.error());
    ImportResult result;
    const QJsonArray entries = json->object().value(QLatin1String("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonObject content = entry.value(QLatin1String("content")).toObject();
        const QString name = content.value(QLatin1String("name")).toString();
        const std::size_t before = result.accounts.size();
        addLinkEntry(result, entryName(i, {}, name), content.value(QLatin1String("uri")).toString(), {{}, name, {}},
                     AccountExtras{.notes = entry.value(QLatin1String("note")).toString()});
        if (result.accounts.size() > before && !name.isEmpty())
            result.accounts.back().name = name;
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
