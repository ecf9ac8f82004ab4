// tessera-cli list [--json]: the accounts in the vault, never their secrets (from the unlocked app when
// it runs, app_client.h).
#include "cli_support.h"
#include "app_client.h"
#include "vault_options.h"

#include "session/app_answers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace tessera::cli {
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
    QJsonArray accounts;
    if (auto answered = askUnlockedApp(p, {channel::AppCommand::List, {}, std::nullopt, false})) {
        if (!*answered)
            return report(answered->error());
        accounts = (*answered)->toJsonValue().toArray();
    } else {
        auto store = openVault(p);
        if (!store)
            return report(store.error());
        for (const vault::Account &a : (*store)->vault().accounts)
            accounts.append(session::describeAccount(a));
    }
    if (p.isSet(json)) {
        std::printf("%s", QJsonDocument(accounts).toJson(QJsonDocument::Indented).constData());
        return Success;
    }
    if (accounts.isEmpty())
        std::fprintf(stderr, "The vault has no accounts yet; add one with 'tessera-cli add'.\n");
    for (const QJsonValue &value : std::as_const(accounts)) {
        const QJsonObject a = value.toObject();
        vault::Account named;
        named.issuer = a.value(QStringLiteral("issuer")).toString();
        named.name = a.value(QStringLiteral("name")).toString();
        std::printf("%s  %-5s  %s\n", qUtf8Printable(a.value(QStringLiteral("id")).toString().left(8)),
                    qUtf8Printable(a.value(QStringLiteral("type")).toString()), qUtf8Printable(named.displayName()));
    }
    return Success;
}

} // namespace tessera::cli
