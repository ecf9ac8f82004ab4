#include "interop/importers/freeotp2_importer.h"

#include "crypto/cipher.h"
#include "crypto/password_kdf.h"
#include "interop/import_support.h"
#include "interop/importers/freeotp_plus_importer.h"
#include "interop/importers/java_string_map.h"

#include <algorithm>

namespace tessera::interop {
namespace {

QByteArray javaBytes(const QJsonArray &values)
{
    QByteArray bytes;
    bytes.reserve(values.size());
    for (const QJsonValue &v : values)
        bytes.append(char(v.toInt() & 0xFF));
    return bytes;
}

// Java's GCMParameterSpec encoding: either OCTET STRING nonce, or SEQUENCE { OCTET STRING nonce,
// INTEGER tagBits }. Only short-form lengths occur.
std::optional<QByteArray> gcmNonce(const QByteArray &der)
{
    QByteArrayView rest(der);
    if (rest.size() >= 2 && quint8(rest[0]) == 0x30)
        rest = rest.sliced(2);
    if (rest.size() < 2 || quint8(rest[0]) != 0x04)
        return std::nullopt;
    const auto length = qsizetype(quint8(rest[1]));
    if (length == 0 || length > 0x7F || rest.size() < 2 + length)
        return std::nullopt;
    return rest.sliced(2, length).toByteArray();
}

// {mCipher, mCipherText, mParameters, mToken}: AES-GCM with the token name as associated data.
Result<SecretBytes> openEncryptedKey(const QJsonObject &sealed, const SecretBytes &key, ErrorCode failure)
{
    QByteArray box = javaBytes(sealed.value(QLatin1String("mCipherText")).toArray());
    const auto nonce = gcmNonce(javaBytes(sealed.value(QLatin1String("mParameters")).toArray()));
    if (!nonce || box.size() < qsizetype(crypto::kGcmTagSize))
        return tl::unexpected(damaged(kFreeOtp2Name, QStringLiteral("an encrypted key")));
    const QByteArray token = sealed.value(QLatin1String("mToken")).toString().toUtf8();
    const qsizetype cipherSize = box.size() - qsizetype(crypto::kGcmTagSize);
    auto plain = crypto::aesGcmDecrypt(key, *nonce, QByteArrayView(box).first(cipherSize),
                                       QByteArrayView(box).sliced(cipherSize), token, failure);
    wipe(box.data(), std::size_t(box.size()));
    if (!plain)
        return tl::unexpected(asImportError(plain.error(), kFreeOtp2Name));
    return plain;
}

Result<SecretBytes> openMasterKey(const QString &masterJson, const SecretBytes &password)
{
    auto json = parseJson(masterJson.toUtf8());
    if (!json || !json->isObject())
        return tl::unexpected(damaged(kFreeOtp2Name, QStringLiteral("the master key")));
    const QJsonObject master = json->object();
    const QString algorithm = master.value(QLatin1String("mAlgorithm")).toString();
    crypto::HashAlgorithm digest = crypto::HashAlgorithm::Sha1;
    if (algorithm.endsWith(QLatin1String("SHA512"), Qt::CaseInsensitive))
        digest = crypto::HashAlgorithm::Sha512;
    else if (algorithm.endsWith(QLatin1String("SHA256"), Qt::CaseInsensitive))
        digest = crypto::HashAlgorithm::Sha256;
    else if (!algorithm.endsWith(QLatin1String("SHA1"), Qt::CaseInsensitive))
        return tl::unexpected(unsupported(kFreeOtp2Name, QStringLiteral("its key derivation %1 is unknown").arg(algorithm)));
    const QByteArray salt = javaBytes(master.value(QLatin1String("mSalt")).toArray());
    auto kek = crypto::pbkdf2(digest, password, salt, count32Of(master.value(QLatin1String("mIterations"))), 32);
    if (!kek)
        return tl::unexpected(asImportError(kek.error(), kFreeOtp2Name));
    return openEncryptedKey(master.value(QLatin1String("mEncryptedKey")).toObject(), *kek, ErrorCode::WrongPassword);
}

Result<SecretBytes> tokenSecret(const QString &entry, const SecretBytes &masterKey)
{
    // {"key": "<JSON of the encrypted key>"}
    auto outer = parseJson(entry.toUtf8());
    auto inner = outer && outer->isObject() ? parseJson(outer->object().value(QLatin1String("key")).toString().toUtf8())
                                            : std::nullopt;
    if (!inner || !inner->isObject())
        return fail(ErrorCode::UriMalformed, QStringLiteral("the secret"));
    return openEncryptedKey(inner->object(), masterKey, ErrorCode::Corrupted);
}

} // namespace

std::optional<Protection> detectFreeOtp2(const SniffedFile &file)
{
    return encryptedIfStartsWith(file, QByteArrayView(kJavaStreamMagic.data(), qsizetype(kJavaStreamMagic.size())));
}

Result<ImportResult> importFreeOtp2(QByteArrayView bytes, const SecretBytes &password)
{
    auto map = readJavaStringMap(bytes);
    if (!map && map.error().code == ErrorCode::ImportTooCostly)
        return tl::unexpected(map.error());
    if (!map)
        return tl::unexpected(damaged(kFreeOtp2Name, QStringLiteral("it is not a FreeOTP backup")));
    if (!map->contains(QStringLiteral("masterKey")))
        return tl::unexpected(damaged(kFreeOtp2Name, QStringLiteral("it has no master key")));
    if (password.isEmpty())
        return tl::unexpected(passwordRequired(kFreeOtp2Name));
    auto masterKey = openMasterKey(map->value(QStringLiteral("masterKey")), password);
    if (!masterKey)
        return tl::unexpected(masterKey.error());

    QStringList ids;
    for (auto it = map->cbegin(); it != map->cend(); ++it)
        if (it.key().endsWith(QLatin1String("-token")))
            ids.append(it.key().chopped(6));
    std::sort(ids.begin(), ids.end());
    ImportResult result;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto meta = parseJson(map->value(ids[i] + QStringLiteral("-token")).toUtf8());
        const QJsonObject token = meta && meta->isObject() ? meta->object() : QJsonObject();
        const QString where = entryName(i, token.value(QLatin1String("issuerExt")).toString(),
                                        token.value(QLatin1String("label")).toString());
        auto fields = freeOtpTokenFields(token, StoredCounter::Next);
        if (!fields) {
            result.skipped.push_back({where, errorTextOf(fields.error())});
            continue;
        }
        addEntry(result, where, std::move(*fields), tokenSecret(map->value(ids[i]), *masterKey));
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
