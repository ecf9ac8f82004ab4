#include "interop/importers/steam_guard_importer.h"

#include "interop/import_support.h"

namespace tessera::interop {
namespace {

QList<QJsonObject> accountsOf(const QJsonObject &root)
{
    if (root.contains(QLatin1String("shared_secret")))
        return {root};
    QList<QJsonObject> accounts;
    const QJsonObject byId = root.value(QLatin1String("accounts")).toObject();
    for (auto it = byId.begin(); it != byId.end(); ++it)
        if (it->toObject().contains(QLatin1String("shared_secret")))
            accounts.append(it->toObject());
    return accounts;
}

} // namespace

std::optional<Protection> detectSteamGuard(const SniffedFile &file)
{
    if (file.json && file.json->isObject() && !accountsOf(file.json->object()).isEmpty())
        return Protection::Plain;
    return std::nullopt;
}

Result<ImportResult> importSteamGuard(QByteArrayView bytes, const SecretBytes &)
{
    auto json = readJson(bytes, kSteamName);
    if (!json)
        return tl::unexpected(json.error());
    ImportResult result;
    const QList<QJsonObject> accounts = accountsOf(json->object());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QString name = accounts[i].value(QLatin1String("account_name")).toString();
        addEntry(result, entryName(i, {}, name),
                 EntryFields{QStringLiteral("Steam"), name, otp::defaultsFor(otp::OtpType::Steam)},
                 base64Secret(accounts[i].value(QLatin1String("shared_secret")).toString()));
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
