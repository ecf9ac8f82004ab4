#include "interop/importers/bitwarden_importer.h"

#include "crypto/cipher.h"
#include "crypto/password_kdf.h"
#include "interop/import_support.h"

namespace tessera::interop {
namespace {

struct Keys
{
    SecretBytes encryption;
    SecretBytes mac;
};

Result<SecretBytes> stretch(const QJsonObject &root, const SecretBytes &password)
{
    const QByteArray salt = root.value(QLatin1String("salt")).toString().toUtf8();
    const std::uint32_t iterations = count32Of(root.value(QLatin1String("kdfIterations")));
    switch (root.value(QLatin1String("kdfType")).toInt(-1)) {
    case 0:
        return crypto::pbkdf2(crypto::HashAlgorithm::Sha256, password, salt, iterations, 32);
    case 1: {
        const SecretBytes saltHash = crypto::sha256(std::span(reinterpret_cast<const std::uint8_t *>(salt.constData()),
                                                              std::size_t(salt.size())));
        // kdfMemory is in MiB; more than the bound fails in argon2idLanes.
        const std::uint64_t memoryKiB = std::min<std::uint64_t>(countOf(root.value(QLatin1String("kdfMemory"))),
                                                                crypto::kMaxForeignMemoryKiB + 1) * 1024;
        const crypto::Argon2idCost cost{iterations, std::uint32_t(std::min<std::uint64_t>(memoryKiB, UINT32_MAX)),
                                        count32Of(root.value(QLatin1String("kdfParallelism")))};
        return crypto::argon2idLanes(password,
                                     QByteArrayView(reinterpret_cast<const char *>(saltHash.data()), 32), cost, 32);
    }
    default:
        return fail(ErrorCode::Corrupted, QStringLiteral("its key derivation type"));
    }
}

Result<Keys> deriveKeys(const QJsonObject &root, const SecretBytes &password)
{
    auto key = stretch(root, password);
    if (!key)
        return tl::unexpected(asImportError(key.error(), kBitwardenName));
    auto encryption = crypto::hkdfExpandSha256(*key, "enc", 32);
    auto mac = crypto::hkdfExpandSha256(*key, "mac", 32);
    if (!encryption || !mac)
        return tl::unexpected(encryption ? mac.error() : encryption.error());
    return Keys{std::move(*encryption), std::move(*mac)};
}

// "2.iv|data|mac": the MAC is checked first, so a wrong password is told apart from damage by the
// validation string, which the export always carries.
Result<SecretBytes> openEncString(const QString &text, const Keys &keys, ErrorCode macFailure)
{
    if (!text.startsWith(QLatin1String("2.")))
        return tl::unexpected(unsupported(kBitwardenName, QStringLiteral("it uses an encryption type other than "
                                                                         "AES-CBC with HMAC")));
    const QStringList parts = text.mid(2).split(u'|');
    const auto iv = decodeBase64(parts.value(0).toLatin1());
    const auto data = decodeBase64(parts.value(1).toLatin1());
    const auto mac = decodeBase64(parts.value(2).toLatin1());
    if (parts.size() != 3 || !iv || !data || !mac)
        return tl::unexpected(damaged(kBitwardenName, QStringLiteral("an encrypted field")));
    const QByteArray signedPart = *iv + *data;
    auto expected = crypto::hmac(crypto::HashAlgorithm::Sha256, keys.mac.bytes(),
                                 std::span(reinterpret_cast<const std::uint8_t *>(signedPart.constData()),
                                           std::size_t(signedPart.size())));
    if (!expected)
        return tl::unexpected(expected.error());
    if (!crypto::macsEqual(expected->view(), std::span(reinterpret_cast<const std::uint8_t *>(mac->constData()),
                                                       std::size_t(mac->size()))))
        return tl::unexpected(macFailure == ErrorCode::WrongPassword
                                  ? wrongPassword(kBitwardenName)
                                  : damaged(kBitwardenName, QStringLiteral("an encrypted field")));
    auto plain = crypto::aesCbcDecrypt(keys.encryption, *iv, *data, ErrorCode::Corrupted);
    if (!plain)
        return tl::unexpected(asImportError(plain.error(), kBitwardenName));
    return plain;
}

Result<QJsonObject> decryptExport(const QJsonObject &root, const SecretBytes &password)
{
    if (password.isEmpty())
        return tl::unexpected(passwordRequired(kBitwardenName));
    auto keys = deriveKeys(root, password);
    if (!keys)
        return tl::unexpected(keys.error());
    auto validation = openEncString(root.value(QLatin1String("encKeyValidation_DO_NOT_EDIT")).toString(), *keys,
                                    ErrorCode::WrongPassword);
    if (!validation)
        return tl::unexpected(validation.error());
    auto data = openEncString(root.value(QLatin1String("data")).toString(), *keys, ErrorCode::Corrupted);
    if (!data)
        return tl::unexpected(data.error());
    auto json = parseJson(*data);
    if (!json || !json->isObject())
        return tl::unexpected(damaged(kBitwardenName, QStringLiteral("the decrypted vault is not JSON")));
    return json->object();
}

Result<ImportResult> readItems(const QJsonObject &root)
{
    QHash<QString, QString> folders;
    for (const QJsonValue &folder : root.value(QLatin1String("folders")).toArray())
        folders.insert(folder[QLatin1String("id")].toString(), folder[QLatin1String("name")].toString());
    ImportResult result;
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonObject login = item.value(QLatin1String("login")).toObject();
        const QString totp = login.value(QLatin1String("totp")).toString().trimmed();
        if (totp.isEmpty())
            continue; // a login without a one-time code is not an authenticator account
        const EntryFields defaults{item.value(QLatin1String("name")).toString(),
                                   login.value(QLatin1String("username")).toString(), {}};
        AccountExtras extras{.group = folders.value(item.value(QLatin1String("folderId")).toString()),
                             .notes = item.value(QLatin1String("notes")).toString(),
                             .favourite = item.value(QLatin1String("favorite")).toBool()};
        addLinkEntry(result, entryName(i, defaults.issuer, defaults.name), totp, defaults, std::move(extras));
    }
    return finish(std::move(result));
}

} // namespace

std::optional<Protection> detectBitwarden(const SniffedFile &file)
{
    if (!file.json || !file.json->isObject())
        return std::nullopt;
    const QJsonObject root = file.json->object();
    if (root.value(QLatin1String("encrypted")).toBool())
        return root.value(QLatin1String("passwordProtected")).toBool() ? Protection::Password : Protection::Plain;
    if (root.value(QLatin1String("items")).isArray())
        return Protection::Plain;
    return std::nullopt;
}

Result<ImportResult> importBitwarden(QByteArrayView bytes, const SecretBytes &password)
{
    auto json = readJson(bytes, kBitwardenName);
    if (!json)
        return tl::unexpected(json.error());
    const QJsonObject root = json->object();
    if (!root.value(QLatin1String("encrypted")).toBool())
        return readItems(root);
    if (!root.value(QLatin1String("passwordProtected")).toBool())
        return tl::unexpected(unsupported(kBitwardenName, QStringLiteral("it is encrypted with your Bitwarden account's "
                                                                         "key; export again choosing \"Password "
                                                                         "protected\" or an unencrypted JSON file")));
    auto decrypted = decryptExport(root, password);
    if (!decrypted)
        return tl::unexpected(decrypted.error());
    return readItems(*decrypted);
}

} // namespace tessera::interop
