#include "interop/importers/duo_importer.h"

#include "interop/import_support.h"

namespace tessera::interop {

std::optional<Protection> detectDuo(const SniffedFile &file)
{
    if (!file.json || !file.json->isArray() || file.json->array().isEmpty())
        return std::nullopt;
    if (file.json->array().first().toObject().contains(QLatin1String("otpGenerator")))
        return Protection::Plain;
    return std::nullopt;
}

Result<ImportResult> importDuo(QByteArrayView bytes, const SecretBytes &)
{
    auto json = parseJson(bytes);
    if (!json || !json->isArray())
        return tl::unexpected(damaged(kDuoName, QStringLiteral("it is not a JSON list")));
    ImportResult result;
    const QJsonArray accounts = json->array();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QJsonObject account = accounts.at(i).toObject();
        const QJsonObject generator = account.value(QLatin1String("otpGenerator")).toObject();
        const bool hotp = generator.contains(QLatin1String("counter"));
        EntryFields fields{{}, account.value(QLatin1String("name")).toString(), {}};
        auto params = paramsFrom(hotp ? otp::OtpType::Hotp : otp::OtpType::Totp, {}, {}, {},
                                 generator[QLatin1String("counter")]);
        fields.params = params ? *params : otp::defaultsFor(otp::OtpType::Totp);
        const QString where = entryName(i, {}, fields.name);
        if (!params) {
            addEntry(result, where, fields, tl::unexpected(params.error()));
            continue;
        }
        addEntry(result, where, std::move(fields), base32Secret(generator.value(QLatin1String("otpSecret")).toString()));
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
