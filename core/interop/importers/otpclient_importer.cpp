#include "interop/importers/otpclient_importer.h"

#include "crypto/cipher.h"
#include "crypto/password_kdf.h"
#include "interop/import_support.h"

#include <QtEndian>

namespace tessera::interop {
namespace {

constexpr QByteArrayView kMagic = "OTPClient";
constexpr qsizetype kVersionOffset = 12; // after the name and the struct's alignment
constexpr qsizetype kIvOffset = 16;
constexpr qsizetype kIvSize = 16;
constexpr qsizetype kSaltOffset = 32;
constexpr qsizetype kSaltSize = 32;
constexpr qsizetype kCostOffset = 64;
constexpr qsizetype kHeaderSize = 76;
constexpr qint32 kSupportedVersion = 3;

qint32 int32At(QByteArrayView bytes, qsizetype offset)
{
    return qFromLittleEndian<qint32>(bytes.data() + offset);
}

Result<SecretBytes> decrypt(QByteArrayView bytes, const SecretBytes &password)
{
    if (bytes.size() < kHeaderSize + qsizetype(crypto::kGcmTagSize))
        return tl::unexpected(damaged(kOtpClientName, QStringLiteral("the file is too short")));
    const qint32 version = int32At(bytes, kVersionOffset);
    if (version != kSupportedVersion)
        return tl::unexpected(unsupported(kOtpClientName, QStringLiteral("its database version %1 is not one Tessera "
                                                                         "reads; export from OTPClient as Aegis instead")
                                                              .arg(version)));
    const crypto::Argon2idCost cost{std::uint32_t(int32At(bytes, kCostOffset)),
                                    std::uint32_t(int32At(bytes, kCostOffset + 4)),
                                    std::uint32_t(int32At(bytes, kCostOffset + 8))};
    auto key = crypto::argon2idLanes(password, bytes.sliced(kSaltOffset, kSaltSize), cost, 32);
    if (!key)
        return tl::unexpected(asImportError(key.error(), kOtpClientName));
    const QByteArrayView body = bytes.sliced(kHeaderSize);
    const qsizetype cipherSize = body.size() - qsizetype(crypto::kGcmTagSize);
    auto plain = crypto::aesGcmDecrypt(*key, bytes.sliced(kIvOffset, kIvSize), body.first(cipherSize),
                                       body.sliced(cipherSize), bytes.first(kHeaderSize), ErrorCode::WrongPassword);
    if (!plain)
        return tl::unexpected(asImportError(plain.error(), kOtpClientName));
    if (!plain->isEmpty() && plain->data()[plain->size() - 1] == 0)
        plain->truncate(plain->size() - 1); // written with its C string terminator
    return plain;
}

} // namespace

std::optional<Protection> detectOtpClient(const SniffedFile &file)
{
    return encryptedIfStartsWith(file, kMagic);
}

Result<ImportResult> importOtpClient(QByteArrayView bytes, const SecretBytes &password)
{
    if (!bytes.startsWith(kMagic))
        return tl::unexpected(damaged(kOtpClientName, QStringLiteral("it does not start with OTPClient's header")));
    if (password.isEmpty())
        return tl::unexpected(passwordRequired(kOtpClientName));
    auto plain = decrypt(bytes, password);
    if (!plain)
        return tl::unexpected(plain.error());
    auto json = parseJson(*plain);
    if (!json || !json->isArray())
        return tl::unexpected(damaged(kOtpClientName, QStringLiteral("the decrypted database is not JSON")));
    ImportResult result;
    const QJsonArray entries = json->array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString issuer = entry.value(QLatin1String("issuer")).toString();
        const QString name = entry.value(QLatin1String("label")).toString();
        auto type = otp::parseType(entry.value(QLatin1String("type")).toString(QStringLiteral("TOTP")));
        if (type && *type == otp::OtpType::Totp && issuer.compare(QLatin1String("Steam"), Qt::CaseInsensitive) == 0)
            type = otp::OtpType::Steam;
        addEntry(result, entryName(i, issuer, name), issuer, name,
                 paramsFrom(type, entry[QLatin1String("algo")], entry[QLatin1String("digits")],
                            entry[QLatin1String("period")], entry[QLatin1String("counter")]),
                 base32Secret(entry.value(QLatin1String("secret")).toString()),
                 AccountExtras{.group = entry.value(QLatin1String("group")).toString()});
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
