#include "interop/importers/authy_importer.h"

#include "crypto/cipher.h"
#include "crypto/password_kdf.h"
#include "interop/import_support.h"

#include <QXmlStreamReader>

namespace tessera::interop {
namespace {

constexpr QByteArrayView kTokensKey = "com.authy.storage.tokens.authenticator.key";

std::optional<QString> tokensText(QByteArrayView bytes)
{
    QXmlStreamReader xml(QByteArray::fromRawData(bytes.data(), bytes.size()));
    const QLatin1String key(kTokensKey.data(), kTokensKey.size());
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("string") &&
            xml.attributes().value(QLatin1String("name")) == key)
            return xml.readElementText();
    }
    return std::nullopt;
}

Result<SecretBytes> decryptSecret(const QJsonObject &token, const SecretBytes &password)
{
    const auto sealed = decodeBase64(token.value(QLatin1String("encryptedSecret")).toString().toLatin1());
    if (!sealed)
        return fail(ErrorCode::UriMalformed, QStringLiteral("the secret"));
    const QByteArray salt = token.value(QLatin1String("salt")).toString().toUtf8();
    auto key = crypto::pbkdf2(crypto::HashAlgorithm::Sha1, password, salt, 1000, 32);
    if (!key)
        return tl::unexpected(key.error());
    auto text = crypto::aesCbcDecrypt(*key, QByteArray(16, '\0'), *sealed, ErrorCode::ImportWrongPassword);
    if (!text)
        return tl::unexpected(text.error().code == ErrorCode::ImportWrongPassword ? wrongPassword(kAuthyName)
                                                                                 : text.error());
    return base32Secret(QString::fromLatin1(text->view().data(), qsizetype(text->size())));
}

// "Deno: Mason" with issuer Deno → "Mason".
QString accountName(const QJsonObject &token, const QString &issuer)
{
    QString name = token.value(QLatin1String("name")).toString();
    if (!issuer.isEmpty() && name.startsWith(issuer + u':'))
        name = name.mid(issuer.size() + 1).trimmed();
    return name;
}

} // namespace

std::optional<Protection> detectAuthy(const SniffedFile &file)
{
    if (file.json || !file.bytes.contains(kTokensKey))
        return std::nullopt;
    return file.bytes.contains("encryptedSecret") ? Protection::Password : Protection::Plain;
}

Result<ImportResult> importAuthy(QByteArrayView bytes, const SecretBytes &password)
{
    const auto text = tokensText(bytes);
    const auto json = text ? parseJson(text->toUtf8()) : std::nullopt;
    if (!json || !json->isArray())
        return tl::unexpected(damaged(kAuthyName, QStringLiteral("it holds no Authy account list")));
    const QJsonArray tokens = json->array();
    ImportResult result;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QJsonObject token = tokens.at(i).toObject();
        const QString issuer = token.value(QLatin1String("originalIssuer")).toString();
        EntryFields fields{issuer, accountName(token, issuer), otp::defaultsFor(otp::OtpType::Totp)};
        const QString where = entryName(i, fields.issuer, fields.name);
        if (auto digits = otp::parseDigits(QString::number(token.value(QLatin1String("digits")).toInt(6))))
            fields.params.digits = *digits;
        if (token.contains(QLatin1String("decryptedSecret"))) {
            addEntry(result, where, std::move(fields), base32Secret(token.value(QLatin1String("decryptedSecret")).toString()));
            continue;
        }
        if (password.isEmpty())
            return tl::unexpected(passwordRequired(kAuthyName));
        auto secret = decryptSecret(token, password);
        if (!secret && secret.error().code == ErrorCode::ImportWrongPassword)
            return tl::unexpected(secret.error());
        addEntry(result, where, std::move(fields), std::move(secret));
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
