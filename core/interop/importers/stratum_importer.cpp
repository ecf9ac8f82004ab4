#include "interop/importers/stratum_importer.h"

#include "crypto/cipher.h"
#include "crypto/password_kdf.h"
#include "interop/import_support.h"

namespace tessera::interop {
namespace {

constexpr QByteArrayView kHeader = "AUTHENTICATORPRO";
constexpr QByteArrayView kLegacyHeader = "AuthenticatorPro";

Result<SecretBytes> decryptCurrent(QByteArrayView body, const SecretBytes &password)
{
    constexpr qsizetype kSalt = 16;
    constexpr qsizetype kIv = 12;
    if (body.size() < kSalt + kIv + qsizetype(crypto::kGcmTagSize))
        return tl::unexpected(damaged(kStratumName, QStringLiteral("the file is too short")));
    auto key = crypto::argon2idLanes(password, body.first(kSalt), crypto::Argon2idCost{3, 65536, 4}, 32);
    if (!key)
        return tl::unexpected(asImportError(key.error(), kStratumName));
    const QByteArrayView sealed = body.sliced(kSalt + kIv);
    const qsizetype cipherSize = sealed.size() - qsizetype(crypto::kGcmTagSize);
    return crypto::aesGcmDecrypt(*key, body.sliced(kSalt, kIv), sealed.first(cipherSize), sealed.sliced(cipherSize),
                                 {}, ErrorCode::WrongPassword);
}

Result<SecretBytes> decryptLegacy(QByteArrayView body, const SecretBytes &password)
{
    constexpr qsizetype kSalt = 20;
    constexpr qsizetype kIv = 16;
    if (body.size() < kSalt + kIv + 16)
        return tl::unexpected(damaged(kStratumName, QStringLiteral("the file is too short")));
    auto key = crypto::pbkdf2(crypto::HashAlgorithm::Sha1, password, body.first(kSalt), 64000, 32);
    if (!key)
        return tl::unexpected(asImportError(key.error(), kStratumName));
    return crypto::aesCbcDecrypt(*key, body.sliced(kSalt, kIv), body.sliced(kSalt + kIv), ErrorCode::WrongPassword);
}

Result<otp::OtpType> typeOf(int code)
{
    switch (code) {
    case 1:
        return otp::OtpType::Hotp;
    case 2:
        return otp::OtpType::Totp;
    case 4:
        return otp::OtpType::Steam;
    case 3:
        return fail(ErrorCode::UnknownOtpType, QStringLiteral("mOTP"));
    case 5:
        return fail(ErrorCode::UnknownOtpType, QStringLiteral("Yandex"));
    default:
        return fail(ErrorCode::UnknownOtpType, QString::number(code));
    }
}

QJsonValue algorithmOf(const QJsonValue &code)
{
    static const char *const kNames[] = {"SHA1", "SHA256", "SHA512"};
    const int index = code.toInt(0);
    return index >= 0 && index < 3 ? QJsonValue(QLatin1String(kNames[index])) : QJsonValue(QString::number(index));
}

QHash<QString, QString> categoriesBySecret(const QJsonObject &root)
{
    QHash<QString, QString> names;
    for (const QJsonValue &category : root.value(QLatin1String("Categories")).toArray())
        names.insert(category[QLatin1String("Id")].toString(), category[QLatin1String("Name")].toString());
    QHash<QString, QString> bySecret;
    for (const QJsonValue &link : root.value(QLatin1String("AuthenticatorCategories")).toArray()) {
        const QString secret = link[QLatin1String("AuthenticatorSecret")].toString();
        if (!bySecret.contains(secret))
            bySecret.insert(secret, names.value(link[QLatin1String("CategoryId")].toString()));
    }
    return bySecret;
}

Result<ImportResult> readBackup(const QJsonObject &root)
{
    const QHash<QString, QString> groups = categoriesBySecret(root);
    ImportResult result;
    const QJsonArray entries = root.value(QLatin1String("Authenticators")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString issuer = entry.value(QLatin1String("Issuer")).toString();
        const QString name = entry.value(QLatin1String("Username")).toString();
        const QString secret = entry.value(QLatin1String("Secret")).toString();
        addEntry(result, entryName(i, issuer, name), issuer, name,
                 paramsFrom(typeOf(entry.value(QLatin1String("Type")).toInt(-1)),
                            algorithmOf(entry[QLatin1String("Algorithm")]), entry[QLatin1String("Digits")],
                            entry[QLatin1String("Period")], entry[QLatin1String("Counter")]),
                 base32Secret(secret), AccountExtras{.group = groups.value(secret)});
    }
    return finish(std::move(result));
}

} // namespace

std::optional<Protection> detectStratum(const SniffedFile &file)
{
    if (file.bytes.startsWith(kHeader) || file.bytes.startsWith(kLegacyHeader))
        return Protection::Password;
    if (file.json && file.json->isObject() && file.json->object().value(QLatin1String("Authenticators")).isArray())
        return Protection::Plain;
    return std::nullopt;
}

Result<ImportResult> importStratum(QByteArrayView bytes, const SecretBytes &password)
{
    const bool current = bytes.startsWith(kHeader);
    if (!current && !bytes.startsWith(kLegacyHeader)) {
        auto json = readJson(bytes, kStratumName);
        if (!json)
            return tl::unexpected(json.error());
        return readBackup(json->object());
    }
    if (password.isEmpty())
        return tl::unexpected(passwordRequired(kStratumName));
    const QByteArrayView body = bytes.sliced(kHeader.size());
    auto plain = current ? decryptCurrent(body, password) : decryptLegacy(body, password);
    if (!plain)
        return tl::unexpected(asImportError(plain.error(), kStratumName));
    auto json = parseJson(*plain);
    if (!json || !json->isObject())
        return tl::unexpected(damaged(kStratumName, QStringLiteral("the decrypted backup is not JSON")));
    return readBackup(json->object());
}

} // namespace tessera::interop
