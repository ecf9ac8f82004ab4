#include "interop/importers/aegis_importer.h"

#include "crypto/cipher.h"
#include "crypto/password_kdf.h"
#include "interop/import_support.h"

#include <QHash>
#include <algorithm>

namespace tessera::interop {
namespace {

// Aegis writes one password slot (two after a password change on some versions); a file with many more
// only makes us run scrypt again and again.
constexpr int kMaxPasswordSlots = 8;

Result<SecretBytes> openMasterKey(const QJsonArray &keySlots, const SecretBytes &password)
{
    const auto passwordSlots = std::count_if(keySlots.begin(), keySlots.end(), [](const QJsonValue &slot) {
        return slot.toObject().value(QLatin1String("type")).toInt(-1) == 1;
    });
    if (passwordSlots > kMaxPasswordSlots)
        return fail(ErrorCode::ImportTooCostly, QStringLiteral("%1 password slots").arg(passwordSlots));
    bool sawPasswordSlot = false;
    for (const QJsonValue &value : keySlots) {
        const QJsonObject slot = value.toObject();
        if (slot.value(QLatin1String("type")).toInt(-1) != 1)
            continue; // raw and biometric slots cannot be opened off the phone
        sawPasswordSlot = true;
        auto salt = decodeHex(slot.value(QLatin1String("salt")).toString().toLatin1());
        auto wrapped = decodeHex(slot.value(QLatin1String("key")).toString().toLatin1());
        const QJsonObject params = slot.value(QLatin1String("key_params")).toObject();
        auto nonce = decodeHex(params.value(QLatin1String("nonce")).toString().toLatin1());
        auto tag = decodeHex(params.value(QLatin1String("tag")).toString().toLatin1());
        if (!salt || !wrapped || !nonce || !tag)
            return tl::unexpected(damaged(kAegisName, QStringLiteral("a password slot")));
        auto kek = crypto::scrypt(password, *salt, countOf(slot.value(QLatin1String("n"))),
                                  count32Of(slot.value(QLatin1String("r"))), count32Of(slot.value(QLatin1String("p"))), 32);
        if (!kek)
            return tl::unexpected(asImportError(kek.error(), kAegisName));
        auto master = crypto::aesGcmDecrypt(*kek, *nonce, *wrapped, *tag, {}, ErrorCode::WrongPassword);
        if (master)
            return master;
        if (master.error().code != ErrorCode::WrongPassword)
            return tl::unexpected(asImportError(master.error(), kAegisName));
    }
    if (!sawPasswordSlot)
        return tl::unexpected(unsupported(kAegisName, QStringLiteral("it can only be unlocked with a fingerprint on the "
                                                                     "phone; export it again with a password")));
    return tl::unexpected(wrongPassword(kAegisName));
}

Result<SecretBytes> decryptDatabase(const QJsonObject &root, const SecretBytes &password)
{
    if (password.isEmpty())
        return tl::unexpected(passwordRequired(kAegisName));
    const QJsonObject header = root.value(QLatin1String("header")).toObject();
    auto master = openMasterKey(header.value(QLatin1String("slots")).toArray(), password);
    if (!master)
        return tl::unexpected(master.error());
    const QJsonObject params = header.value(QLatin1String("params")).toObject();
    auto nonce = decodeHex(params.value(QLatin1String("nonce")).toString().toLatin1());
    auto tag = decodeHex(params.value(QLatin1String("tag")).toString().toLatin1());
    auto ciphertext = decodeBase64(root.value(QLatin1String("db")).toString().toLatin1());
    if (!nonce || !tag || !ciphertext)
        return tl::unexpected(damaged(kAegisName, QStringLiteral("the encrypted database")));
    auto plain = crypto::aesGcmDecrypt(*master, *nonce, *ciphertext, *tag, {}, ErrorCode::Corrupted);
    if (!plain)
        return tl::unexpected(asImportError(plain.error(), kAegisName));
    return plain;
}

Result<otp::OtpType> entryType(const QString &type)
{
    if (type == QLatin1String("motp") || type == QLatin1String("yandex"))
        return fail(ErrorCode::UnknownOtpType, type);
    return otp::parseType(type);
}

// Aegis stores a custom icon as base64 with its MIME type; Tessera keeps it as a data: URL. Icons
// larger than any real one (256 KiB) are dropped rather than carried into the vault.
QString iconOf(const QJsonObject &entry)
{
    const QString data = entry.value(QLatin1String("icon")).toString();
    const QString mime = entry.value(QLatin1String("icon_mime")).toString();
    if (data.isEmpty() || data.size() > 256 * 1024 * 4 / 3 || !mime.startsWith(QLatin1String("image/")) ||
        !decodeBase64(data.toLatin1()))
        return {};
    return QStringLiteral("data:%1;base64,%2").arg(mime, data);
}

// Version 3 names groups by UUID; version 2 wrote the group's name into each entry.
QString groupOf(const QJsonObject &entry, const QHash<QString, QString> &groupNames)
{
    const QJsonValue legacy = entry.value(QLatin1String("group"));
    if (legacy.isString())
        return legacy.toString();
    QStringList names;
    for (const QJsonValue &uuid : entry.value(QLatin1String("groups")).toArray())
        if (const QString name = groupNames.value(uuid.toString()); !name.isEmpty())
            names.append(name);
    return names.join(QStringLiteral(", "));
}

Result<ImportResult> readDatabase(const QJsonObject &db)
{
    const int version = db.value(QLatin1String("version")).toInt(0);
    if (version < 1 || version > 3)
        return tl::unexpected(unsupported(kAegisName, QStringLiteral("its database version %1 is newer than Tessera "
                                                                     "knows; export it as an otpauth:// list")
                                                          .arg(version)));
    QHash<QString, QString> groupNames;
    for (const QJsonValue &group : db.value(QLatin1String("groups")).toArray())
        groupNames.insert(group[QLatin1String("uuid")].toString(), group[QLatin1String("name")].toString());

    ImportResult result;
    const QJsonArray entries = db.value(QLatin1String("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonObject info = entry.value(QLatin1String("info")).toObject();
        const QString issuer = entry.value(QLatin1String("issuer")).toString();
        const QString name = entry.value(QLatin1String("name")).toString();
        addEntry(result, entryName(i, issuer, name), issuer, name,
                 paramsFrom(entryType(entry.value(QLatin1String("type")).toString()), info[QLatin1String("algo")],
                            info[QLatin1String("digits")], info[QLatin1String("period")], info[QLatin1String("counter")]),
                 base32Secret(info.value(QLatin1String("secret")).toString()),
                 AccountExtras{.group = groupOf(entry, groupNames),
                               .notes = entry.value(QLatin1String("note")).toString(),
                               .favourite = entry.value(QLatin1String("favorite")).toBool(),
                               .icon = iconOf(entry)});
    }
    return finish(std::move(result));
}

} // namespace

std::optional<Protection> detectAegis(const SniffedFile &file)
{
    if (!file.json || !file.json->isObject())
        return std::nullopt;
    const QJsonObject root = file.json->object();
    if (!root.value(QLatin1String("header")).isObject() || !root.contains(QLatin1String("db")))
        return std::nullopt;
    return root.value(QLatin1String("db")).isString() ? Protection::Password : Protection::Plain;
}

Result<ImportResult> importAegis(QByteArrayView bytes, const SecretBytes &password)
{
    auto json = readJson(bytes, kAegisName);
    if (!json)
        return tl::unexpected(json.error());
    const QJsonObject root = json->object();
    const QJsonValue db = root.value(QLatin1String("db"));
    if (db.isObject())
        return readDatabase(db.toObject());
    if (!db.isString())
        return tl::unexpected(damaged(kAegisName, QStringLiteral("it has no database")));
    auto plain = decryptDatabase(root, password);
    if (!plain)
        return tl::unexpected(plain.error());
    auto content = parseJson(*plain);
    if (!content || !content->isObject())
        return tl::unexpected(damaged(kAegisName, QStringLiteral("the decrypted database is not JSON")));
    return readDatabase(content->object());
}

} // namespace tessera::interop
