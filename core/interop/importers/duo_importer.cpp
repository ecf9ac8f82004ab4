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
    auto json = readJson(bytes, kDuoName);
    if (!json)
        return tl::unexpected(json.error());
    ImportResult result;
    const QJsonArray accounts = json->array();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QJsonObject account = accounts.at(i).toObject();
        const QJsonObject generator = account.value(QLatin1String("otpGenerator")).toObject();
        const bool hotp = generator.contains(QLatin1String("counter"));
        const QString name = account.value(QLatin1String("name")).toString();
        addEntry(result, entryName(i, {}, name), {}, name,
                 paramsFrom(hotp ? otp::OtpType::Hotp : otp::OtpType::Totp, {}, {}, {}, generator[QLatin1String("counter")]),
                 base32Secret(generator.value(QLatin1String("otpSecret")).toString()));
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
