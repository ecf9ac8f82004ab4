#include "interop/importers/ente_importer.h"

#include "crypto/kdf.h"
#include "crypto/secret_stream.h"
#include "interop/import_support.h"
#include "interop/importers/otpauth_list_importer.h"

namespace tessera::interop {

std::optional<Protection> detectEnte(const SniffedFile &file)
{
    if (!file.json || !file.json->isObject())
        return std::nullopt;
    const QJsonObject root = file.json->object();
    if (root.value(QLatin1String("kdfParams")).isObject() && root.contains(QLatin1String("encryptedData")))
        return Protection::Password;
    return std::nullopt;
}

Result<ImportResult> importEnte(QByteArrayView bytes, const SecretBytes &password)
{
    auto json = readJson(bytes, kEnteName);
    if (!json)
        return tl::unexpected(json.error());
    const QJsonObject root = json->object();
    if (root.value(QLatin1String("version")).toInt(1) != 1)
        return tl::unexpected(unsupported(kEnteName, QStringLiteral("its version %1 is newer than Tessera knows")
                                                         .arg(root.value(QLatin1String("version")).toInt())));
    if (password.isEmpty())
        return tl::unexpected(passwordRequired(kEnteName));
    const QJsonObject kdf = root.value(QLatin1String("kdfParams")).toObject();
    const auto salt = decodeBase64(kdf.value(QLatin1String("salt")).toString().toLatin1());
    const auto header = decodeBase64(root.value(QLatin1String("encryptionNonce")).toString().toLatin1());
    const auto message = decodeBase64(root.value(QLatin1String("encryptedData")).toString().toLatin1());
    if (!salt || !header || !message)
        return tl::unexpected(damaged(kEnteName, QStringLiteral("its encrypted data")));
    const crypto::Argon2Params params{count32Of(kdf.value(QLatin1String("opsLimit"))),
                                      countOf(kdf.value(QLatin1String("memLimit")))};
    auto key = crypto::argon2id(password, *salt, params);
    if (!key)
        return tl::unexpected(asImportError(key.error(), kEnteName));
    auto plain = crypto::secretStreamOpen(*key, *header, *message);
    if (!plain)
        return tl::unexpected(asImportError(plain.error(), kEnteName));
    auto links = importOtpauthList(QByteArrayView(reinterpret_cast<const char *>(plain->data()), qsizetype(plain->size())));
    if (!links && links.error().code == ErrorCode::Corrupted)
        return tl::unexpected(damaged(kEnteName, QStringLiteral("the decrypted data holds no otpauth:// links")));
    return links;
}

} // namespace tessera::interop
