#include "vault/vault_payload.h"

#include "vault/account_codec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::vault {

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
    const QJsonObject root{{QStringLiteral("version"), kPayloadVersion},
                           {QStringLiteral("accounts"), accounts},
                           {QStringLiteral("removed"), removed},
                           {QStringLiteral("history"), history},
                           {QStringLiteral("devices"), QJsonArray::fromStringList(devices.names)}};
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
    vault.normalise();
    return vault;
}

} // namespace tessera::vault
