#include "interop/exporters/aegis_exporter.h"

#include "crypto/cipher.h"
#include "crypto/password_kdf.h"
#include "encoding/base32.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUuid>

namespace tessera::interop {
namespace {

constexpr qsizetype kNonceSize = 12;
constexpr qsizetype kSaltSize = 32;

QString newUuid(const crypto::RandomSource &random)
{
    const QByteArray bytes = crypto::randomBytes(16, random);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

struct AegisIcon
{
    QString base64;
    QString mime;
    QString sha256; // hex, as Aegis checks it
};

// A data: URL icon in the form Aegis stores icons; nothing for icon names or other URLs.
std::optional<AegisIcon> aegisIcon(const QString &icon)
{
    static const QLatin1String kPrefix("data:");
    const qsizetype comma = icon.indexOf(u',');
    if (!icon.startsWith(kPrefix) || comma < 0 || !icon.left(comma).endsWith(QLatin1String(";base64")))
        return std::nullopt;
    const QString mime = icon.mid(kPrefix.size(), comma - kPrefix.size() - 7);
    const QByteArray bytes = QByteArray::fromBase64(icon.mid(comma + 1).toLatin1());
    if (bytes.isEmpty())
        return std::nullopt;
    const SecretBytes digest = crypto::sha256(std::span(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                                        std::size_t(bytes.size())));
    return AegisIcon{icon.mid(comma + 1), mime,
                     QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest.data()), 32).toHex())};
}

QJsonObject infoOf(const uri::KeyUri &account)
{
    const SecretBytes secret = base32::encode(account.secret.bytes());
    QJsonObject info{{QStringLiteral("secret"), QString::fromLatin1(secret.view().data(), qsizetype(secret.size()))},
                     {QStringLiteral("algo"), otp::algorithmName(account.params.algorithm)},
                     {QStringLiteral("digits"), account.params.digits}};
    if (account.params.type == otp::OtpType::Hotp)
        info.insert(QStringLiteral("counter"), double(account.params.counter));
    else
        info.insert(QStringLiteral("period"), double(account.params.periodSeconds));
    return info;
}

QJsonObject database(const ImportResult &accounts, const crypto::RandomSource &random)
{
    QMap<QString, QString> groupIds; // name → uuid
    QJsonArray entries;
    for (std::size_t i = 0; i < accounts.accounts.size(); ++i) {
        const uri::KeyUri &account = accounts.accounts[i];
        const AccountExtras *extras = accounts.extrasOf(i);
        const std::optional<AegisIcon> icon = extras ? aegisIcon(extras->icon) : std::nullopt;
        QJsonArray groups;
        if (extras && !extras->group.isEmpty()) {
            if (!groupIds.contains(extras->group))
                groupIds.insert(extras->group, newUuid(random));
            groups.append(groupIds.value(extras->group));
        }
        entries.append(QJsonObject{
            {QStringLiteral("type"), otp::typeName(account.params.type)},
            {QStringLiteral("uuid"), newUuid(random)},
            {QStringLiteral("name"), account.name},
            {QStringLiteral("issuer"), account.issuer},
            {QStringLiteral("note"), extras ? extras->notes : QString()},
            {QStringLiteral("favorite"), extras && extras->favourite},
            {QStringLiteral("icon"), icon ? QJsonValue(icon->base64) : QJsonValue::Null},
            {QStringLiteral("icon_mime"), icon ? QJsonValue(icon->mime) : QJsonValue::Null},
            {QStringLiteral("icon_hash"), icon ? QJsonValue(icon->sha256) : QJsonValue::Null},
            {QStringLiteral("info"), infoOf(account)},
            {QStringLiteral("groups"), groups},
        });
    }
    QJsonArray groups;
    for (auto it = groupIds.cbegin(); it != groupIds.cend(); ++it)
        groups.append(QJsonObject{{QStringLiteral("uuid"), it.value()}, {QStringLiteral("name"), it.key()}});
    return QJsonObject{{QStringLiteral("version"), 3},
                       {QStringLiteral("entries"), entries},
                       {QStringLiteral("groups"), groups}};
}

SecretBytes toSecret(QByteArray bytes)
{
    auto secret = SecretBytes::copyOf(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    wipe(bytes.data(), std::size_t(bytes.size()));
    return secret;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

Result<QJsonObject> passwordSlot(const SecretBytes &masterKey, const SecretBytes &password, const AegisScrypt &cost,
                                 const crypto::RandomSource &random)
{
    const QByteArray salt = crypto::randomBytes(kSaltSize, random);
    auto kek = crypto::scrypt(password, salt, cost.n, cost.r, cost.p, 32);
    if (!kek)
        return tl::unexpected(kek.error());
    const QByteArray nonce = crypto::randomBytes(kNonceSize, random);
    auto sealed = crypto::aesGcmEncrypt(*kek, nonce, masterKey.bytes(), {});
    if (!sealed)
        return tl::unexpected(sealed.error());
    const qsizetype keySize = sealed->size() - qsizetype(crypto::kGcmTagSize);
    return QJsonObject{
        {QStringLiteral("type"), 1},
        {QStringLiteral("uuid"), newUuid(random)},
        {QStringLiteral("key"), hex(sealed->first(keySize))},
        {QStringLiteral("key_params"), QJsonObject{{QStringLiteral("nonce"), hex(nonce)},
                                                   {QStringLiteral("tag"), hex(sealed->sliced(keySize))}}},
        {QStringLiteral("n"), double(cost.n)},
        {QStringLiteral("r"), int(cost.r)},
        {QStringLiteral("p"), int(cost.p)},
        {QStringLiteral("salt"), hex(salt)},
        {QStringLiteral("repaired"), true},
        {QStringLiteral("is_backup"), false},
    };
}

} // namespace

Result<SecretBytes> writeAegis(const ImportResult &accounts, const SecretBytes &password, const AegisScrypt &cost,
                               const crypto::RandomSource &random)
{
    QByteArray db = QJsonDocument(database(accounts, random)).toJson(QJsonDocument::Compact);
    if (password.isEmpty()) {
        QJsonObject root{{QStringLiteral("version"), 1},
                         {QStringLiteral("header"), QJsonObject{{QStringLiteral("slots"), QJsonValue::Null},
                                                                {QStringLiteral("params"), QJsonValue::Null}}},
                         {QStringLiteral("db"), QJsonDocument::fromJson(db).object()}};
        wipe(db.data(), std::size_t(db.size()));
        return toSecret(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    const SecretBytes masterKey = crypto::randomSecret(32, random);
    auto slot = passwordSlot(masterKey, password, cost, random);
    if (!slot)
        return tl::unexpected(slot.error());
    const QByteArray nonce = crypto::randomBytes(kNonceSize, random);
    auto sealed = crypto::aesGcmEncrypt(masterKey, nonce,
                                        std::span(reinterpret_cast<const std::uint8_t *>(db.constData()), std::size_t(db.size())),
                                        {});
    wipe(db.data(), std::size_t(db.size()));
    if (!sealed)
        return tl::unexpected(sealed.error());
    const qsizetype cipherSize = sealed->size() - qsizetype(crypto::kGcmTagSize);
    const QJsonObject header{{QStringLiteral("slots"), QJsonArray{*slot}},
                             {QStringLiteral("params"), QJsonObject{{QStringLiteral("nonce"), hex(nonce)},
                                                                    {QStringLiteral("tag"), hex(sealed->sliced(cipherSize))}}}};
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("header"), header},
                           {QStringLiteral("db"), QString::fromLatin1(sealed->first(cipherSize).toBase64())}};
    return toSecret(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace tessera::interop
