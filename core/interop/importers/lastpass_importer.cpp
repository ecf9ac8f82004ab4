#include "interop/importers/lastpass_importer.h"

#include "interop/import_support.h"

namespace tessera::interop {
namespace {

QString edited(const QJsonObject &account, const char *key, const char *original)
{
    const QString value = account.value(QLatin1String(key)).toString();
    return value.isEmpty() ? account.value(QLatin1String(original)).toString() : value;
}

} // namespace

std::optional<Protection> detectLastPass(const SniffedFile &file)
{
    if (!file.json || !file.json->isObject())
        return std::nullopt;
    const QJsonArray accounts = file.json->object().value(QLatin1String("accounts")).toArray();
    if (!accounts.isEmpty() && accounts.first().toObject().contains(QLatin1String("issuerName")))
        return Protection::Plain;
    return std::nullopt;
}

Result<ImportResult> importLastPass(QByteArrayView bytes, const SecretBytes &)
{
    auto json = readJson(bytes, kLastPassName);
    if (!json)
        return tl::unexpected(json.error());
    ImportResult result;
    const QJsonArray accounts = json->object().value(QLatin1String("accounts")).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QJsonObject account = accounts.at(i).toObject();
        const QString issuer = edited(account, "issuerName", "originalIssuerName");
        const QString name = edited(account, "userName", "originalUserName");
        addEntry(result, entryName(i, issuer, name), issuer, name,
                 paramsFrom(otp::OtpType::Totp, account[QLatin1String("algorithm")], account[QLatin1String("digits")],
                            account[QLatin1String("timeStep")], {}),
                 base32Secret(account.value(QLatin1String("secret")).toString()),
                 AccountExtras{.favourite = account.value(QLatin1String("isFavorite")).toBool()});
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
