#include "interop/importers/two_fas_importer.h"

#include "crypto/cipher.h"
#include "crypto/password_kdf.h"
#include "interop/import_support.h"
#include "uri/otpauth_parser.h"

namespace tessera::interop {
namespace {

constexpr std::uint32_t kIterations = 10000;

Result<QJsonArray> decryptServices(const QString &sealed, const SecretBytes &password)
{
    if (password.isEmpty())
        return tl::unexpected(passwordRequired(kTwoFasName));
    const QStringList parts = sealed.split(u':');
    if (parts.size() < 3)
        return tl::unexpected(damaged(kTwoFasName, QStringLiteral("the encrypted services")));
    auto box = decodeBase64(parts[0].toLatin1());
    auto salt = decodeBase64(parts[1].toLatin1());
    auto iv = decodeBase64(parts[2].toLatin1());
    if (!box || !salt || !iv || box->size() < qsizetype(crypto::kGcmTagSize))
        return tl::unexpected(damaged(kTwoFasName, QStringLiteral("the encrypted services")));
    auto key = crypto::pbkdf2(crypto::HashAlgorithm::Sha256, password, *salt, kIterations, 32);
    if (!key)
        return tl::unexpected(asImportError(key.error(), kTwoFasName));
    const qsizetype cipherSize = box->size() - qsizetype(crypto::kGcmTagSize);
    auto plain = crypto::aesGcmDecrypt(*key, *iv, QByteArrayView(*box).first(cipherSize),
                                       QByteArrayView(*box).sliced(cipherSize), {}, ErrorCode::WrongPassword);
    if (!plain)
        return tl::unexpected(asImportError(plain.error(), kTwoFasName));
    auto json = parseJson(*plain);
    if (!json || !json->isArray())
        return tl::unexpected(damaged(kTwoFasName, QStringLiteral("the decrypted services are not JSON")));
    return json->array();
}

Result<otp::OtpType> tokenType(const QJsonObject &otpInfo, int schema)
{
    const QString type = otpInfo.value(QLatin1String("tokenType")).toString();
    if (schema < 3 || type.isEmpty())
        return otp::OtpType::Totp;
    return otp::parseType(type);
}

// The account's name: the user's edit first, then the link's label, then the label field.
QString accountName(const QJsonObject &otpInfo)
{
    const QString account = otpInfo.value(QLatin1String("account")).toString();
    if (!account.isEmpty())
        return account;
    const QString link = otpInfo.value(QLatin1String("link")).toString();
    if (!link.isEmpty()) {
        const QByteArray utf8 = link.toUtf8();
        if (auto parsed = uri::parseOtpauth(std::string_view(utf8.constData(), std::size_t(utf8.size()))))
            return parsed->name;
    }
    return otpInfo.value(QLatin1String("label")).toString();
}

QString groupName(const QJsonObject &service, const QJsonArray &groups)
{
    const QString id = service.value(QLatin1String("groupId")).toString();
    for (const QJsonValue &group : groups)
        if (!id.isEmpty() && group[QLatin1String("id")].toString() == id)
            return group[QLatin1String("name")].toString();
    return {};
}

ImportResult readServices(const QJsonArray &services, const QJsonArray &groups, int schema)
{
    ImportResult result;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QJsonObject service = services.at(i).toObject();
        const QJsonObject otpInfo = service.value(QLatin1String("otp")).toObject();
        QString issuer = service.value(QLatin1String("name")).toString();
        if (issuer.isEmpty())
            issuer = otpInfo.value(QLatin1String("issuer")).toString();
        const QString name = accountName(otpInfo);
        // Schema 1 has no parameters at all: whatever else the entry says, it is TOTP with the defaults.
        const QJsonObject parameters = schema < 2 ? QJsonObject() : otpInfo;
        addEntry(result, entryName(i, issuer, name), issuer, name,
                 paramsFrom(tokenType(otpInfo, schema), parameters[QLatin1String("algorithm")],
                            parameters[QLatin1String("digits")], parameters[QLatin1String("period")],
                            parameters[QLatin1String("counter")]),
                 base32Secret(service.value(QLatin1String("secret")).toString()),
                 AccountExtras{.group = groupName(service, groups)});
    }
    return result;
}

} // namespace

std::optional<Protection> detectTwoFas(const SniffedFile &file)
{
    if (!file.json || !file.json->isObject())
        return std::nullopt;
    const QJsonObject root = file.json->object();
    if (!root.value(QLatin1String("services")).isArray() || !root.contains(QLatin1String("schemaVersion")))
        return std::nullopt;
    return root.value(QLatin1String("servicesEncrypted")).toString().isEmpty() ? Protection::Plain
                                                                               : Protection::Password;
}

Result<ImportResult> importTwoFas(QByteArrayView bytes, const SecretBytes &password)
{
    auto json = readJson(bytes, kTwoFasName);
    if (!json)
        return tl::unexpected(json.error());
    const QJsonObject root = json->object();
    const int schema = root.value(QLatin1String("schemaVersion")).toInt(1);
    if (schema > 4)
        return tl::unexpected(unsupported(kTwoFasName, QStringLiteral("its schema version %1 is newer than Tessera "
                                                                      "knows").arg(schema)));
    QJsonArray services = root.value(QLatin1String("services")).toArray();
    const QString sealed = root.value(QLatin1String("servicesEncrypted")).toString();
    if (!sealed.isEmpty()) {
        auto opened = decryptServices(sealed, password);
        if (!opened)
            return tl::unexpected(opened.error());
        services = *opened;
    }
    return finish(readServices(services, root.value(QLatin1String("groups")).toArray(), schema));
}

} // namespace tessera::interop
