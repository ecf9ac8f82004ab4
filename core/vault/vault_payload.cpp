#include "vault/vault_payload.h"

#include "vault/account_codec.h"
#include "vault/browser_pair_codec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace tessera::vault {
namespace {

const QString kVersion = QStringLiteral("version"), kAccounts = QStringLiteral("accounts"),
              kRemoved = QStringLiteral("removed"), kHistory = QStringLiteral("history"),
              kDevices = QStringLiteral("devices"), kSiteChoices = QStringLiteral("siteChoices"),
              kBrowserPairs = QStringLiteral("browserPairs");

QString decisionName(SiteDecision decision)
{
    switch (decision) {
    case SiteDecision::Always:
        return QStringLiteral("always");
    case SiteDecision::Never:
        return QStringLiteral("never");
    case SiteDecision::Ask:
        break;
    }
    return QStringLiteral("ask");
}

std::optional<SiteDecision> decisionNamed(const QString &name)
{
    for (const SiteDecision decision : {SiteDecision::Ask, SiteDecision::Always, SiteDecision::Never})
        if (decisionName(decision) == name)
            return decision;
    return std::nullopt;
}

// {"github.com": ["always", [ms, device]], …}; an entry that cannot be read is left out (the site is
// asked about again), rather than failing the vault.
QJsonObject siteChoicesToJson(const QMap<QString, SiteChoice> &choices, StampDevices &devices)
{
    QJsonObject o;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        o.insert(it.key(), QJsonArray{decisionName(it->decision), stampToJson(it->stamp, devices)});
    return o;
}

QMap<QString, SiteChoice> siteChoicesFrom(const QJsonObject &o, const QStringList &devices)
{
    QMap<QString, SiteChoice> choices;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonArray entry = it.value().toArray();
        const auto decision = decisionNamed(entry.at(0).toString());
        auto stamp = stampFromJson(entry.at(1), devices);
        if (entry.size() == 2 && decision && stamp && !it.key().isEmpty())
            choices.insert(it.key(), SiteChoice{*decision, *stamp});
    }
    return choices;
}

} // namespace

QByteArray serializePayload(const Vault &vault)
{
    StampDevices devices;
    QJsonArray accounts;
    for (const Account &a : vault.accounts)
        accounts.append(accountToJson(a, devices));
    for (const QuarantinedAccount &q : vault.quarantined)
        accounts.append(q.raw);
    QJsonArray removed;
    for (const Account &a : vault.removed)
        removed.append(accountToJson(a, devices));
    QJsonObject history;
    for (auto it = vault.history.cbegin(); it != vault.history.cend(); ++it)
        history.insert(it.key(), static_cast<qint64>(it.value()));
    QJsonObject root = vault.unknownFields;
    root.insert(kVersion, kPayloadVersion);
    root.insert(kAccounts, accounts);
    root.insert(kRemoved, removed);
    root.insert(kHistory, history);
    if (!vault.siteChoices.isEmpty()) // absent rather than empty: files without answers keep their shape
        root.insert(kSiteChoices, siteChoicesToJson(vault.siteChoices, devices));
    if (!vault.browserPairs.isEmpty())
        root.insert(kBrowserPairs, browserPairsToJson(vault.browserPairs, devices));
    root.insert(kDevices, QJsonArray::fromStringList(devices.names)); // after every stamp has named its device
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<Vault> parsePayload(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::Corrupted, QStringLiteral("the account list is not valid JSON"));
    const QJsonObject root = document.object();
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > kPayloadVersion)
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("payload %1").arg(version));
    if (version < 1 || !root.value(QStringLiteral("accounts")).isArray())
        return fail(ErrorCode::Corrupted, QStringLiteral("the account list has no version or accounts"));

    QStringList devices;
    for (const QJsonValue &device : root.value(QStringLiteral("devices")).toArray())
        devices.append(device.toString());
    Vault vault;
    const bool numberInFileOrder = version < 2; // version 1 had no "order": the list's order was it
    for (const QJsonValue &value : root.value(QStringLiteral("accounts")).toArray()) {
        auto account = accountFromJson(value.toObject(), devices);
        if (account && !vault.find(account->id)) {
            if (numberInFileOrder)
                account->order = static_cast<double>(vault.accounts.size() + 1) * kOrderSpacing;
            vault.accounts.append(*account);
        } else {
            vault.quarantined.append(
                {value.toObject(), account ? QStringLiteral("a second account with the same id") : account.error().detail});
        }
    }
    for (const QJsonValue &value : root.value(QStringLiteral("removed")).toArray()) {
        // A removed account that cannot be read any more is dropped: it is never shown again anyway.
        auto account = accountFromJson(value.toObject(), devices);
        if (account && !vault.find(account->id))
            vault.removed.append(*account);
    }
    const QJsonObject history = root.value(QStringLiteral("history")).toObject();
    for (auto it = history.constBegin(); it != history.constEnd(); ++it) {
        const qint64 saves = it.value().toInteger(-1);
        if (saves < 0 || it.key().isEmpty())
            return fail(ErrorCode::Corrupted, QStringLiteral("the change history is damaged"));
        vault.history.insert(it.key(), static_cast<quint64>(saves));
    }
    vault.siteChoices = siteChoicesFrom(root.value(kSiteChoices).toObject(), devices);
    vault.browserPairs = browserPairsFrom(root.value(kBrowserPairs).toArray(), devices);
    vault.unknownFields = root;
    for (const QString &key : {kVersion, kAccounts, kRemoved, kHistory, kDevices, kSiteChoices, kBrowserPairs})
        vault.unknownFields.remove(key);
    vault.normalise();
    return vault;
}

} // namespace tessera::vault
