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
    auto json = parseJson(bytes);
    if (!json || !json->isObject())
        return tl::unexpected(damaged(kLastPassName, QStringLiteral("it is not JSON")));
    ImportResult result;
    const QJsonArray accounts = json->object().value(QLatin1String("accounts")).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QJsonObject account = accounts.at(i).toObject();
        EntryFields fields{edited(account, "issuerName", "originalIssuerName"),
                           edited(account, "userName", "originalUserName"), {}};
        const QString where = entryName(i, fields.issuer, fields.name);
        auto params = paramsFrom(otp::OtpType::Totp, account[QLatin1String("algorithm")],
                                 account[QLatin1String("digits")], account[QLatin1String("timeStep")], {});
        if (!params) {
            addEntry(result, where, fields, tl::unexpected(params.error()));
            continue;
        }
        fields.params = *params;
        addEntry(result, where, std::move(fields), base32Secret(account.value(QLatin1String("secret")).toString()),
                 AccountExtras{{}, {}, account.value(QLatin1String("isFavorite")).toBool(), {}});
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
