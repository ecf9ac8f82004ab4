#include "vault/account_codec.h"

#include "crypto/aead.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <cmath>

namespace tessera::vault {
namespace {

// Field names, once: the writer and the reader must agree, and unknown fields are whatever is left.
const QString kId = QStringLiteral("id"), kIssuer = QStringLiteral("issuer"), kName = QStringLiteral("name"),
              kType = QStringLiteral("type"), kAlgorithm = QStringLiteral("algorithm"),
              kDigits = QStringLiteral("digits"), kPeriod = QStringLiteral("period"),
              kCounter = QStringLiteral("counter"), kSecret = QStringLiteral("secret"),
              kGroup = QStringLiteral("group"), kFavourite = QStringLiteral("favourite"),
              kIcon = QStringLiteral("icon"), kNotes = QStringLiteral("notes"), kCreated = QStringLiteral("created"),
              kModified = QStringLiteral("modified"), kRecovery = QStringLiteral("recoveryCodes"),
              kCode = QStringLiteral("code"), kUsedAt = QStringLiteral("usedAt"), kOrder = QStringLiteral("order"),
              kStamps = QStringLiteral("stamps"), kCodeId = QStringLiteral("id"), kSites = QStringLiteral("sites");

tl::unexpected<Error> invalid(const QString &why)
{
    return fail(ErrorCode::Corrupted, why);
}

// The stamped parts of an account, by their names in the file.
struct StampField
{
    const char *name;
    ChangeStamp AccountStamps::*stamp;
};
constexpr StampField kStampFields[] = {
    {"label", &AccountStamps::label}, {"code", &AccountStamps::code},   {"organisation", &AccountStamps::organisation},
    {"icon", &AccountStamps::icon},   {"notes", &AccountStamps::notes}, {"position", &AccountStamps::position},
    {"recovery", &AccountStamps::recoverySet}, {"sites", &AccountStamps::sites}, {"removal", &AccountStamps::removal}};

// A new account's parts all share one stamp, written once as "all"; a part that changed since, and a
// removal, are written on their own.
QJsonObject stampsToJson(const AccountStamps &stamps, StampDevices &devices)
{
    const auto pair = [&](const ChangeStamp &stamp) { return stampToJson(stamp, devices); };
    QJsonObject o;
    const ChangeStamp &common = stamps.label;
    bool allSame = !common.isNull();
    for (const StampField &field : kStampFields)
        if (field.stamp != &AccountStamps::removal && stamps.*field.stamp != common)
            allSame = false;
    if (allSame)
        o.insert(QStringLiteral("all"), pair(common));
    for (const StampField &field : kStampFields) {
        const ChangeStamp &stamp = stamps.*field.stamp;
        if (!stamp.isNull() && !(allSame && field.stamp != &AccountStamps::removal))
            o.insert(QLatin1String(field.name), pair(stamp));
    }
    return o;
}

Result<AccountStamps> stampsFrom(const QJsonValue &value, const QStringList &devices)
{
    AccountStamps stamps;
    if (value.isUndefined())
        return stamps; // a vault from before history was kept
    if (!value.isObject())
        return invalid(QStringLiteral("the change history is not an object"));
    const QJsonObject o = value.toObject();
    if (const QJsonValue all = o.value(QStringLiteral("all")); !all.isUndefined()) {
        auto stamp = stampFromJson(all, devices);
        if (!stamp)
            return tl::unexpected(stamp.error());
        for (const StampField &field : kStampFields)
            if (field.stamp != &AccountStamps::removal)
                stamps.*field.stamp = *stamp;
    }
    for (const StampField &field : kStampFields) {
        const QJsonValue entry = o.value(QLatin1String(field.name));
        if (entry.isUndefined())
            continue;
        auto stamp = stampFromJson(entry, devices);
        if (!stamp)
            return tl::unexpected(stamp.error());
        stamps.*field.stamp = *stamp;
    }
    return stamps;
}

// Codes saved before they had ids: the same code has the same sealed bytes in every copy made from
// that file, so an id derived from them is the same in each.
QString derivedCodeId(const QByteArray &sealed)
{
    return QString::fromLatin1(QCryptographicHash::hash(sealed, QCryptographicHash::Sha256).toHex().left(32));
}

Result<QByteArray> sealedFrom(const QJsonValue &value, const QString &what)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || !decoded ||
        static_cast<std::size_t>(decoded.decoded.size()) <= crypto::kAeadNonceSize + crypto::kAeadTagSize)
        return invalid(what + QStringLiteral(" is not a sealed value"));
    return decoded.decoded;
}

Result<otp::OtpParams> paramsFrom(const QJsonObject &o)
{
    auto type = otp::parseType(o.value(kType).toString());
    auto algorithm = otp::parseAlgorithm(o.value(kAlgorithm).toString());
    if (!type || !algorithm)
        return invalid(QStringLiteral("unknown type or algorithm"));
    otp::OtpParams params = otp::defaultsFor(*type);
    params.algorithm = *algorithm;
    params.digits = o.value(kDigits).toInt(-1);
    if (*type == otp::OtpType::Hotp) {
        bool ok = false;
        params.counter = o.value(kCounter).toString().toULongLong(&ok); // a string: JSON numbers lose 64-bit precision
        if (!ok)
            return invalid(QStringLiteral("the counter is not a whole number"));
    } else {
        params.periodSeconds = o.value(kPeriod).toInteger(-1);
    }
    if (auto valid = otp::validate(params); !valid)
        return invalid(QStringLiteral("digits or period out of range"));
    return params;
}

} // namespace

QJsonArray stampToJson(const ChangeStamp &stamp, StampDevices &devices)
{
    return QJsonArray{stamp.timeMs, devices.indexOf(stamp.device)};
}

Result<ChangeStamp> stampFromJson(const QJsonValue &entry, const QStringList &devices)
{
    const QJsonArray pair = entry.toArray();
    const qint64 device = pair.size() == 2 && pair.at(1).isDouble() ? pair.at(1).toInteger(-1) : -1;
    if (pair.size() != 2 || !pair.at(0).isDouble() || pair.at(0).toInteger(-1) < 0 || device < 0 || device >= devices.size())
        return invalid(QStringLiteral("a change stamp is not [time, device]"));
    return ChangeStamp{pair.at(0).toInteger(), devices.at(device)};
}

int StampDevices::indexOf(const QString &device)
{
    const auto found = indexes.constFind(device);
    if (found != indexes.cend())
        return *found;
    names.append(device);
    indexes.insert(device, static_cast<int>(names.size() - 1));
    return static_cast<int>(names.size() - 1);
}

QJsonObject accountToJson(const Account &a, StampDevices &devices)
{
    QJsonObject o = a.unknownFields;
    o.insert(kId, a.id.toString(QUuid::WithoutBraces));
    o.insert(kIssuer, a.issuer);
    o.insert(kName, a.name);
    o.insert(kType, otp::typeName(a.params.type));
    o.insert(kAlgorithm, otp::algorithmName(a.params.algorithm));
    o.insert(kDigits, a.params.digits);
    if (a.params.type == otp::OtpType::Hotp)
        o.insert(kCounter, QString::number(a.params.counter));
    else
        o.insert(kPeriod, static_cast<qint64>(a.params.periodSeconds));
    o.insert(kSecret, QString::fromLatin1(a.sealedSecret.toBase64()));
    o.insert(kGroup, a.group);
    o.insert(kFavourite, a.favourite);
    o.insert(kIcon, a.icon);
    o.insert(kNotes, a.notes);
    if (!a.sites.isEmpty()) // absent rather than empty: files without sites keep their shape
        o.insert(kSites, QJsonArray::fromStringList(a.sites));
    o.insert(kCreated, a.createdMs);
    o.insert(kModified, a.modifiedMs);
    QJsonArray codes;
    for (const RecoveryCode &c : a.recoveryCodes) {
        QJsonObject code{{kCode, QString::fromLatin1(c.sealedCode.toBase64())}};
        code.insert(kUsedAt, c.usedAtMs ? QJsonValue(*c.usedAtMs) : QJsonValue(QJsonValue::Null));
        code.insert(kCodeId, c.id.isEmpty() ? derivedCodeId(c.sealedCode) : c.id);
        codes.append(code);
    }
    o.insert(kRecovery, codes);
    o.insert(kOrder, a.order);
    if (const QJsonObject stamps = stampsToJson(a.stamps, devices); !stamps.isEmpty())
        o.insert(kStamps, stamps);
    return o;
}

Result<Account> accountFromJson(const QJsonObject &o, const QStringList &devices)
{
    Account a;
    a.id = QUuid::fromString(o.value(kId).toString());
    if (a.id.isNull())
        return invalid(QStringLiteral("no valid id"));
    auto params = paramsFrom(o);
    if (!params)
        return tl::unexpected(params.error());
    a.params = *params;
    auto secret = sealedFrom(o.value(kSecret), QStringLiteral("the secret"));
    if (!secret)
        return tl::unexpected(secret.error());
    a.sealedSecret = *secret;
    a.issuer = o.value(kIssuer).toString();
    a.name = o.value(kName).toString();
    a.group = o.value(kGroup).toString();
    a.favourite = o.value(kFavourite).toBool();
    a.icon = o.value(kIcon).toString();
    a.notes = o.value(kNotes).toString();
    if (const QJsonValue sites = o.value(kSites); !sites.isUndefined()) {
        if (!sites.isArray())
            return invalid(QStringLiteral("the websites are not a list"));
        for (const QJsonValue &site : sites.toArray()) {
            if (!site.isString())
                return invalid(QStringLiteral("a website is not text"));
            a.sites.append(site.toString());
        }
    }
    a.createdMs = o.value(kCreated).toInteger();
    a.modifiedMs = o.value(kModified).toInteger();
    for (const QJsonValue &v : o.value(kRecovery).toArray()) {
        const QJsonObject code = v.toObject();
        auto sealed = sealedFrom(code.value(kCode), QStringLiteral("a recovery code"));
        if (!sealed)
            return tl::unexpected(sealed.error());
        RecoveryCode rc{*sealed, std::nullopt, code.value(kCodeId).toString()};
        if (rc.id.isEmpty())
            rc.id = derivedCodeId(rc.sealedCode);
        if (code.value(kUsedAt).isDouble())
            rc.usedAtMs = code.value(kUsedAt).toInteger();
        a.recoveryCodes.append(rc);
    }
    const QJsonValue order = o.value(kOrder);
    if (!order.isUndefined() && (!order.isDouble() || !std::isfinite(order.toDouble())))
        return invalid(QStringLiteral("the place in the order is not a number"));
    a.order = order.toDouble(); // absent before history was kept: parsePayload numbers them in file order
    auto stamps = stampsFrom(o.value(kStamps), devices);
    if (!stamps)
        return tl::unexpected(stamps.error());
    a.stamps = *stamps;
    a.unknownFields = o;
    for (const QString &key : {kId, kIssuer, kName, kType, kAlgorithm, kDigits, kPeriod, kCounter, kSecret, kGroup,
                               kFavourite, kIcon, kNotes, kSites, kCreated, kModified, kRecovery, kOrder, kStamps})
        a.unknownFields.remove(key);
    return a;
}

} // namespace tessera::vault
