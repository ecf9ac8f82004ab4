#include "vault/browser_pair_codec.h"

#include <algorithm>

namespace tessera::vault {
namespace {

constexpr qsizetype kPublicKeySize = 32;

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> fromBase64(const QJsonValue &value)
{
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || !decoded)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QJsonArray browserPairsToJson(const QList<BrowserPair> &pairs, StampDevices &devices)
{
    QJsonArray array;
    for (const BrowserPair &pair : pairs) {
        QJsonObject o{{QStringLiteral("id"), pair.id.toString(QUuid::WithoutBraces)},
                      {QStringLiteral("device"), pair.device},
                      {QStringLiteral("browser"), pair.browser},
                      {QStringLiteral("extensionKey"), base64(pair.extensionKey)},
                      {QStringLiteral("appKey"), base64(pair.appKey)},
                      {QStringLiteral("pairedAt"), pair.pairedAtMs},
                      {QStringLiteral("stamp"), stampToJson(pair.stamp, devices)}};
        if (pair.forgotten)
            o.insert(QStringLiteral("forgotten"), true);
        else
            o.insert(QStringLiteral("sealedKey"), base64(pair.sealedKey));
        array.append(o);
    }
    return array;
}

QList<BrowserPair> browserPairsFrom(const QJsonArray &array, const QStringList &devices)
{
    QList<BrowserPair> pairs;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        BrowserPair pair;
        pair.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
        pair.device = o.value(QStringLiteral("device")).toString();
        pair.browser = o.value(QStringLiteral("browser")).toString();
        pair.pairedAtMs = o.value(QStringLiteral("pairedAt")).toInteger();
        pair.forgotten = o.value(QStringLiteral("forgotten")).toBool();
        const auto extensionKey = fromBase64(o.value(QStringLiteral("extensionKey")));
        const auto appKey = fromBase64(o.value(QStringLiteral("appKey")));
        const auto sealedKey = pair.forgotten ? std::optional<QByteArray>(QByteArray()) : fromBase64(o.value(QStringLiteral("sealedKey")));
        auto stamp = stampFromJson(o.value(QStringLiteral("stamp")), devices);
        if (pair.id.isNull() || pair.device.isEmpty() || !extensionKey || extensionKey->size() != kPublicKeySize ||
            !appKey || appKey->size() != kPublicKeySize || !sealedKey || (!pair.forgotten && sealedKey->isEmpty()) || !stamp)
            continue;
        pair.extensionKey = *extensionKey;
        pair.appKey = *appKey;
        pair.sealedKey = *sealedKey;
        pair.stamp = *stamp;
        if (std::none_of(pairs.cbegin(), pairs.cend(), [&](const BrowserPair &p) { return p.id == pair.id; }))
            pairs.append(pair);
    }
    return pairs;
}

QList<BrowserPair> mergeBrowserPairs(const QList<BrowserPair> &a, const QList<BrowserPair> &b)
{
    QList<BrowserPair> merged = a;
    for (const BrowserPair &theirs : b) {
        auto mine = std::find_if(merged.begin(), merged.end(), [&](const BrowserPair &p) { return p.id == theirs.id; });
        if (mine == merged.end())
            merged.append(theirs);
        else if (std::tie(theirs.stamp, theirs.forgotten) > std::tie(mine->stamp, mine->forgotten))
            *mine = theirs;
    }
    std::sort(merged.begin(), merged.end(), [](const BrowserPair &x, const BrowserPair &y) { return x.id < y.id; });
    return merged;
}

} // namespace tessera::vault
