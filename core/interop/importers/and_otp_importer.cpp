#include "interop/importers/and_otp_importer.h"

#include "crypto/cipher.h"
#include "crypto/password_kdf.h"
#include "interop/import_support.h"

#include <QtEndian>

namespace tessera::interop {
namespace {

constexpr qsizetype kNonceSize = 12;
constexpr qsizetype kSaltSize = 12;
constexpr qsizetype kMinSealedSize = kNonceSize + qsizetype(crypto::kGcmTagSize);

Result<SecretBytes> openSealed(const SecretBytes &key, QByteArrayView sealed)
{
    const QByteArrayView body = sealed.sliced(kNonceSize);
    const qsizetype cipherSize = body.size() - qsizetype(crypto::kGcmTagSize);
    return crypto::aesGcmDecrypt(key, sealed.first(kNonceSize), body.first(cipherSize), body.sliced(cipherSize), {},
                                 ErrorCode::WrongPassword);
}

Result<SecretBytes> decrypt(QByteArrayView bytes, const SecretBytes &password)
{
    if (password.isEmpty())
        return tl::unexpected(passwordRequired(kAndOtpName));
    if (bytes.size() < kMinSealedSize)
        return tl::unexpected(damaged(kAndOtpName, QStringLiteral("the file is too short")));
    // Current layout first; andOTP picks 140 000–160 000 iterations, so a wild count means the old one.
    const quint32 iterations = qFromBigEndian<quint32>(bytes.data());
    if (iterations >= 1000 && iterations <= crypto::kMaxPbkdf2Iterations && bytes.size() >= 4 + kSaltSize + kMinSealedSize) {
        auto key = crypto::pbkdf2(crypto::HashAlgorithm::Sha1, password, bytes.sliced(4, kSaltSize), iterations, 32);
        if (!key)
            return tl::unexpected(asImportError(key.error(), kAndOtpName));
        auto plain = openSealed(*key, bytes.sliced(4 + kSaltSize));
        if (plain || plain.error().code != ErrorCode::WrongPassword)
            return plain;
    }
    auto plain = openSealed(crypto::sha256(password.bytes()), bytes);
    if (!plain)
        return tl::unexpected(asImportError(plain.error(), kAndOtpName));
    return plain;
}

// "Deno - Deno:Mason" → issuer "Deno", name "Mason".
EntryFields namesOf(const QJsonObject &entry)
{
    EntryFields fields{entry.value(QLatin1String("issuer")).toString(), entry.value(QLatin1String("label")).toString(), {}};
    if (fields.issuer.isEmpty()) {
        const qsizetype dash = fields.name.indexOf(QLatin1String(" - "));
        if (dash > 0) {
            fields.issuer = fields.name.left(dash);
            fields.name = fields.name.mid(dash + 3);
        }
    }
    if (!fields.issuer.isEmpty() && fields.name.startsWith(fields.issuer + u':'))
        fields.name = fields.name.mid(fields.issuer.size() + 1).trimmed();
    return fields;
}

Result<ImportResult> readEntries(const QJsonArray &entries)
{
    ImportResult result;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const EntryFields names = namesOf(entry);
        const QJsonArray tags = entry.value(QLatin1String("tags")).toArray();
        addEntry(result, entryName(i, names.issuer, names.name), names.issuer, names.name,
                 paramsFrom(otp::parseType(entry.value(QLatin1String("type")).toString(QStringLiteral("TOTP"))),
                            entry[QLatin1String("algorithm")], entry[QLatin1String("digits")],
                            entry[QLatin1String("period")], entry[QLatin1String("counter")]),
                 base32Secret(entry.value(QLatin1String("secret")).toString()),
                 AccountExtras{.group = tags.isEmpty() ? QString() : tags.first().toString()});
    }
    return finish(std::move(result));
}

bool looksLikeEntries(const QJsonDocument &json)
{
    if (!json.isArray())
        return false;
    const QJsonArray entries = json.array();
    if (entries.isEmpty())
        return false;
    const QJsonObject first = entries.first().toObject();
    return first.contains(QLatin1String("secret")) && first.contains(QLatin1String("label"));
}

} // namespace

std::optional<Protection> detectAndOtp(const SniffedFile &file)
{
    if (file.json && looksLikeEntries(*file.json))
        return Protection::Plain;
    if (file.json || file.bytes.size() < kMinSealedSize)
        return std::nullopt;
    // Ciphertext is noise: some byte outside printable text is practically certain in the first 64.
    for (char c : file.bytes.first(std::min<qsizetype>(64, file.bytes.size()))) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x09 || (byte > 0x0D && byte < 0x20) || byte == 0x7F)
            return Protection::Password;
    }
    return std::nullopt;
}

Result<ImportResult> importAndOtp(QByteArrayView bytes, const SecretBytes &password)
{
    if (auto json = parseJson(bytes)) {
        if (!json->isArray())
            return tl::unexpected(damaged(kAndOtpName, QStringLiteral("it is not a list of accounts")));
        return readEntries(json->array());
    }
    auto plain = decrypt(bytes, password);
    if (!plain)
        return tl::unexpected(plain.error());
    auto json = parseJson(*plain);
    if (!json || !json->isArray())
        return tl::unexpected(damaged(kAndOtpName, QStringLiteral("the decrypted accounts are not JSON")));
    return readEntries(json->array());
}

} // namespace tessera::interop
