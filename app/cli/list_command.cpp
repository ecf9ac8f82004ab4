// tessera-cli list [--json]: the accounts in the vault, never their secrets.
#include "cli_support.h"
#include "vault_options.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace tessera::cli {
namespace {

QJsonObject describe(const vault::Account &a)
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
    if (a.params.type == otp::OtpType::Hotp)
        o.insert(QStringLiteral("counter"), static_cast<qint64>(a.params.counter));
    else
        o.insert(QStringLiteral("period"), static_cast<qint64>(a.params.periodSeconds));
    return o;
}

} // namespace

int runList(const QStringList &args)
{
    const QString command = QStringLiteral("list");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List the accounts in the vault (never their secrets)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    p.addOption(json);
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, command, args))
        return *done;
    if (!p.positionalArguments().isEmpty())
        return usageError(command, QStringLiteral("list takes no arguments"));
    auto store = openVault(p);
    if (!store)
        return report(store.error());
    const auto &accounts = (*store)->vault().accounts;
    if (p.isSet(json)) {
        QJsonArray array;
        for (const vault::Account &a : accounts)
            array.append(describe(a));
        std::printf("%s", QJsonDocument(array).toJson(QJsonDocument::Indented).constData());
        return Success;
    }
    if (accounts.isEmpty())
        std::fprintf(stderr, "The vault has no accounts yet; add one with 'tessera-cli add'.\n");
    for (const vault::Account &a : accounts)
        std::printf("%s  %-5s  %s\n", qUtf8Printable(a.id.toString(QUuid::WithoutBraces).left(8)),
                    qUtf8Printable(otp::typeName(a.params.type)), qUtf8Printable(a.displayName()));
    return Success;
}

} // namespace tessera::cli
