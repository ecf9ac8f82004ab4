#include "interop/importers/totp_authenticator_importer.h"

#include "crypto/cipher.h"
#include "interop/import_support.h"

namespace tessera::interop {
namespace {

bool isBase64Text(QByteArrayView text)
{
    if (text.size() < 24)
        return false;
    for (char c : text)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '/' && c != '=' && c != '\n' && c != '\r')
            return false;
    return true;
}

Result<SecretBytes> secretOf(const QJsonObject &entry)
{
    const QString key = entry.value(QLatin1String("key")).toString();
    switch (entry.value(QLatin1String("base")).toInt(32)) {
    case 16:
        return hexSecret(key);
    case 64:
        return base64Secret(key);
    default:
        return base32Secret(key);
    }
}

} // namespace

std::optional<Protection> detectTotpAuthenticator(const SniffedFile &file)
{
    if (file.json || !isBase64Text(file.bytes.trimmed()))
        return std::nullopt;
    const auto decoded = decodeBase64(file.bytes.trimmed());
    if (decoded && !decoded->isEmpty() && decoded->size() % 16 == 0)
        return Protection::Password;
    return std::nullopt;
}

Result<ImportResult> importTotpAuthenticator(QByteArrayView bytes, const SecretBytes &password)
{
    const auto sealed = decodeBase64(bytes.trimmed());
    if (!sealed)
        return tl::unexpected(damaged(kTotpAuthenticatorName, QStringLiteral("it is not base64 text")));
    if (password.isEmpty())
        return tl::unexpected(passwordRequired(kTotpAuthenticatorName));
    auto plain = crypto::aesCbcDecrypt(crypto::sha256(password.bytes()), QByteArray(16, '\0'), *sealed,
                                       ErrorCode::WrongPassword);
    if (!plain)
        return tl::unexpected(asImportError(plain.error(), kTotpAuthenticatorName));
    auto outer = parseJson(*plain);
    if (!outer || !outer->isObject() || outer->object().isEmpty())
        return tl::unexpected(wrongPassword(kTotpAuthenticatorName)); // CBC padding alone lets 1 in 256 through
    auto inner = parseJson(outer->object().keys().first().toUtf8());
    if (!inner || !inner->isArray())
        return tl::unexpected(damaged(kTotpAuthenticatorName, QStringLiteral("the entry list is not JSON")));
    ImportResult result;
    const QJsonArray entries = inner->array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        EntryFields fields{entry.value(QLatin1String("issuer")).toString(), entry.value(QLatin1String("name")).toString(),
                           otp::defaultsFor(otp::OtpType::Totp)};
        const QString where = entryName(i, fields.issuer, fields.name);
        addEntry(result, where, std::move(fields), secretOf(entry));
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
