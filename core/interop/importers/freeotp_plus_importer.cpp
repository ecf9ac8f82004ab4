#include "interop/importers/freeotp_plus_importer.h"

namespace tessera::interop {

Result<EntryFields> freeOtpTokenFields(const QJsonObject &token, StoredCounter counter)
{
    EntryFields fields{token.value(QLatin1String("issuerExt")).toString(), token.value(QLatin1String("label")).toString(), {}};
    if (fields.issuer.isEmpty())
        fields.issuer = token.value(QLatin1String("issuerInt")).toString();
    auto type = otp::parseType(token.value(QLatin1String("type")).toString(QStringLiteral("TOTP")));
    if (!type)
        return tl::unexpected(type.error());
    if (*type == otp::OtpType::Totp && fields.issuer == QLatin1String("Steam"))
        type = otp::OtpType::Steam;
    auto params = paramsFrom(*type, token[QLatin1String("algo")], token[QLatin1String("digits")],
                             token[QLatin1String("period")], token[QLatin1String("counter")]);
    if (!params)
        return tl::unexpected(params.error());
    fields.params = *params;
    if (*type == otp::OtpType::Hotp && counter == StoredCounter::NextMinusOne)
        fields.params.counter += 1;
    return fields;
}

std::optional<Protection> detectFreeOtpPlus(const SniffedFile &file)
{
    if (!file.json || !file.json->isObject())
        return std::nullopt;
    const QJsonObject root = file.json->object();
    if (root.value(QLatin1String("tokens")).isArray() && root.contains(QLatin1String("tokenOrder")))
        return Protection::Plain;
    return std::nullopt;
}

Result<ImportResult> importFreeOtpPlus(QByteArrayView bytes, const SecretBytes &)
{
    auto json = readJson(bytes, kFreeOtpPlusName);
    if (!json)
        return tl::unexpected(json.error());
    ImportResult result;
    const QJsonArray tokens = json->object().value(QLatin1String("tokens")).toArray();
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QJsonObject token = tokens.at(i).toObject();
        const QString where = entryName(i, token.value(QLatin1String("issuerExt")).toString(),
                                        token.value(QLatin1String("label")).toString());
        auto fields = freeOtpTokenFields(token, StoredCounter::NextMinusOne);
        if (!fields) {
            result.skipped.push_back({where, errorTextOf(fields.error())});
            continue;
        }
        addEntry(result, where, std::move(*fields), signedByteSecret(token.value(QLatin1String("secret")).toArray()));
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
