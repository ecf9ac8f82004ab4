#include "vault/vault_payload.h"

#include "vault/account_codec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::vault {

QByteArray serializePayload(const Vault &vault)
{
    QJsonArray accounts;
    for (const Account &a : vault.accounts)
        accounts.append(accountToJson(a));
    for (const QuarantinedAccount &q : vault.quarantined)
        accounts.append(q.raw);
    const QJsonObject root{{QStringLiteral("version"), kPayloadVersion}, {QStringLiteral("accounts"), accounts}};
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

    Vault vault;
    for (const QJsonValue &value : root.value(QStringLiteral("accounts")).toArray()) {
        auto account = accountFromJson(value.toObject());
        if (account && !vault.find(account->id))
            vault.accounts.append(*account);
        else
            vault.quarantined.append(
                {value.toObject(), account ? QStringLiteral("a second account with the same id") : account.error().detail});
    }
    return vault;
}

} // namespace tessera::vault
