#include "session/app_answers.h"

#include "session/account_operations.h"
#include "otp/code_generator.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QJsonArray>

namespace tessera::session {
namespace {

QString secretText(const SecretBytes &secret)
{
    return QString::fromUtf8(secret.view().data(), qsizetype(secret.size()));
}

} // namespace

QJsonObject describeAccount(const vault::Account &a)
{
    QJsonObject o{
        {QStringLiteral("id"), a.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("issuer"), a.issuer},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("type"), otp::typeName(a.params.type)},
        {QStringLiteral("algorithm"), otp::algorithmName(a.params.algorithm)},
        {QStringLiteral("digits"), a.params.digits},
        {QStringLiteral("group"), a.group},
        {QStringLiteral("favourite"), a.favourite},
        {QStringLiteral("created"), a.createdMs},
        {QStringLiteral("modified"), a.modifiedMs},
        {QStringLiteral("recovery_codes"), a.recoveryCodes.size()},
        {QStringLiteral("recovery_codes_unused"), a.unusedRecoveryCodes()},
    };
    if (!a.sites.isEmpty())
        o.insert(QStringLiteral("sites"), QJsonArray::fromStringList(a.sites));
    if (a.params.type == otp::OtpType::Hotp)
        o.insert(QStringLiteral("counter"), static_cast<qint64>(a.params.counter));
    else
        o.insert(QStringLiteral("period"), static_cast<qint64>(a.params.periodSeconds));
    return o;
}

bool requestChangesVault(const vault::Vault &vault, const channel::AppRequest &request)
{
    using channel::AppCommand;
    if (request.command == AppCommand::RecoveryUse)
        return true;
    if (request.command != AppCommand::Code)
        return false;
    auto id = findAccount(vault, request.query);
    return id && vault.find(*id)->params.type == otp::OtpType::Hotp;
}

Result<QCborValue> answerReading(const vault::VaultStore &store, const channel::AppRequest &request, std::int64_t nowMs)
{
    using channel::AppCommand;
    if (request.command == AppCommand::List) {
        QJsonArray accounts;
        for (const vault::Account &account : store.vault().accounts)
            accounts.append(describeAccount(account));
        return QCborValue::fromJsonValue(accounts);
    }
    if (requestChangesVault(store.vault(), request))
        return tl::unexpected(Error{ErrorCode::ChannelUnsafe, QStringLiteral("a request that changes the vault")});
    auto id = findAccount(store.vault(), request.query);
    if (!id)
        return tl::unexpected(id.error());
    const vault::Account &account = *store.vault().find(*id);
    if (request.command == AppCommand::Code) {
        auto secret = openSecret(store, *id);
        auto code = secret ? otp::generate(account.params, *secret, request.atMs.value_or(nowMs))
                           : tl::unexpected(secret.error());
        if (!code)
            return tl::unexpected(code.error());
        return QCborMap{{QStringLiteral("code"), QString::fromStdString(*code)},
                        {QStringLiteral("account"), account.displayName()}};
    }
    auto codes = recoveryCodes(store, *id);
    if (!codes)
        return tl::unexpected(codes.error());
    QCborArray list;
    for (const OpenedRecoveryCode &code : *codes)
        list.append(QCborMap{{QStringLiteral("code"), secretText(code.code)},
                             {QStringLiteral("used"), code.usedAtMs ? QCborValue(*code.usedAtMs) : QCborValue()}});
    return QCborMap{{QStringLiteral("account"), account.displayName()}, {QStringLiteral("codes"), list}};
}

Result<QCborValue> answerRequest(vault::VaultStore &store, const channel::AppRequest &request, std::int64_t nowMs)
{
    using channel::AppCommand;
    if (!requestChangesVault(store.vault(), request))
        return answerReading(store, request, nowMs);
    auto id = findAccount(store.vault(), request.query);
    if (!id)
        return tl::unexpected(id.error());
    const QString name = store.vault().find(*id)->displayName();
    if (request.command == AppCommand::Code) {
        auto code = currentCode(store, *id, request.atMs.value_or(nowMs));
        if (!code)
            return tl::unexpected(code.error());
        return QCborMap{{QStringLiteral("code"), QString::fromStdString(*code)}, {QStringLiteral("account"), name}};
    }
    auto code = useRecoveryCode(store, *id, nowMs);
    if (!code)
        return tl::unexpected(code.error());
    return QCborMap{{QStringLiteral("code"), secretText(*code)},
                    {QStringLiteral("account"), name},
                    {QStringLiteral("unused"), qint64(store.vault().find(*id)->unusedRecoveryCodes())}};
}

Result<QString> requestSubject(const vault::Vault &vault, const channel::AppRequest &request)
{
    using channel::AppCommand;
    if (request.command == AppCommand::List)
        return QCoreApplication::translate("AppAnswers", "the list of your accounts (names only, no codes)");
    auto id = findAccount(vault, request.query);
    if (!id)
        return tl::unexpected(id.error());
    const QString name = vault.find(*id)->displayName();
    switch (request.command) {
    case AppCommand::Code:
        return QCoreApplication::translate("AppAnswers", "the code for %1").arg(name);
    case AppCommand::RecoveryList:
        return QCoreApplication::translate("AppAnswers", "the recovery codes of %1").arg(name);
    case AppCommand::RecoveryUse:
        return QCoreApplication::translate("AppAnswers", "a recovery code of %1 (it will be marked used)").arg(name);
    case AppCommand::List:
        break;
    }
    return QString();
}

QString requestSubjectWhileLocked(const channel::AppRequest &request)
{
    using channel::AppCommand;
    switch (request.command) {
    case AppCommand::List:
        break;
    case AppCommand::Code:
        return QCoreApplication::translate("AppAnswers", "the code for “%1”").arg(request.query);
    case AppCommand::RecoveryList:
        return QCoreApplication::translate("AppAnswers", "the recovery codes for “%1”").arg(request.query);
    case AppCommand::RecoveryUse:
        return QCoreApplication::translate("AppAnswers", "a recovery code for “%1” (it will be marked used)")
            .arg(request.query);
    }
    return QCoreApplication::translate("AppAnswers", "the list of your accounts (names only, no codes)");
}

} // namespace tessera::session
