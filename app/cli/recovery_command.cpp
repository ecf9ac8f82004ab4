// tessera-cli recovery add QUERY CODE... [--replace] | list QUERY | use QUERY
// A service's one-time backup codes: kept sealed in the vault, each handed out once.
#include "cli_support.h"
#include "terminal_input.h"
#include "app_client.h"
#include "vault_options.h"

#include "common/clock.h"
#include "session/account_operations.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <cstdio>

namespace tessera::cli {
namespace {

const QString kCommand = QStringLiteral("recovery");

// Codes from the arguments; a single "-" reads them from standard input, one per line.
QList<QByteArray> codesFrom(const QStringList &arguments)
{
    QList<QByteArray> codes;
    if (arguments == QStringList{QStringLiteral("-")}) {
        while (!std::feof(stdin)) {
            const QByteArray line = readStdinLine().trimmed();
            if (!line.isEmpty())
                codes.append(line);
        }
        return codes;
    }
    for (const QString &argument : arguments)
        codes.append(argument.toUtf8());
    return codes;
}

int list(vault::VaultStore &store, const QUuid &id)
{
    auto codes = session::recoveryCodes(store, id);
    if (!codes)
        return report(codes.error());
    if (codes->empty())
        std::fprintf(stderr, "%s has no recovery codes; add them with 'tessera-cli recovery add'.\n",
                     qUtf8Printable(store.vault().find(id)->displayName()));
    for (const auto &code : *codes) {
        const QString state = code.usedAtMs ? QStringLiteral("used %1").arg(QDateTime::fromMSecsSinceEpoch(*code.usedAtMs)
                                                                                .toString(Qt::ISODate))
                                            : QStringLiteral("unused");
        std::printf("%.*s  %s\n", static_cast<int>(code.code.size()), code.code.view().data(), qUtf8Printable(state));
    }
    return Success;
}

// The app's answer, printed as the file's would be.
int printFromApp(const QString &action, const QCborValue &answer)
{
    const QCborMap map = answer.toMap();
    const QString account = map.value(QStringLiteral("account")).toString();
    if (action == QLatin1String("use")) {
        std::printf("%s\n", qUtf8Printable(map.value(QStringLiteral("code")).toString()));
        std::fprintf(stderr, "%lld unused recovery code(s) left.\n",
                     static_cast<long long>(map.value(QStringLiteral("unused")).toInteger()));
        return Success;
    }
    const QCborArray codes = map.value(QStringLiteral("codes")).toArray();
    if (codes.isEmpty())
        std::fprintf(stderr, "%s has no recovery codes; add them with 'tessera-cli recovery add'.\n",
                     qUtf8Printable(account));
    for (const QCborValue &code : codes) {
        const QCborValue used = code.toMap().value(QStringLiteral("used"));
        const QString state = used.isInteger() ? QStringLiteral("used %1").arg(QDateTime::fromMSecsSinceEpoch(used.toInteger())
                                                                                  .toString(Qt::ISODate))
                                               : QStringLiteral("unused");
        std::printf("%s  %s\n", qUtf8Printable(code.toMap().value(QStringLiteral("code")).toString()),
                    qUtf8Printable(state));
    }
    return Success;
}

} // namespace

int runRecovery(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Keep a service's recovery (backup) codes and hand them out once each."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     QStringLiteral("With add: the new set replaces the old one (the service voided it)."));
    p.addOption(replace);
    p.addPositionalArgument(QStringLiteral("add|list|use"), QStringLiteral("What to do."));
    p.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("The account."));
    p.addPositionalArgument(QStringLiteral("CODE..."), QStringLiteral("With add: the codes, or - to read them from "
                                                                      "standard input, one per line."));
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, kCommand, args))
        return *done;
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    const bool isAdd = action == QLatin1String("add");
    if ((isAdd && positional.size() < 3) ||
        (!isAdd && (positional.size() != 2 || (action != QLatin1String("list") && action != QLatin1String("use")))))
        return usageError(kCommand, QStringLiteral("say add QUERY CODE..., list QUERY or use QUERY"));
    if (isAdd && positional.mid(2) == QStringList{QStringLiteral("-")} && p.isSet(QStringLiteral("password-stdin")))
        return usageError(kCommand, QStringLiteral("standard input cannot carry both the password and the codes"));

    if (!isAdd) // list and use: the unlocked app answers when it runs
        if (auto answered = askUnlockedApp(p, {action == QLatin1String("list") ? channel::AppCommand::RecoveryList
                                                                               : channel::AppCommand::RecoveryUse,
                                               positional.at(1), std::nullopt, false}))
            return *answered ? printFromApp(action, **answered) : report(answered->error());
    auto found = openAndFind(p, positional.at(1));
    if (!found)
        return report(found.error());
    vault::VaultStore &store = *found->store;
    const QUuid id = found->id;
    if (action == QLatin1String("list"))
        return list(store, id);
    if (action == QLatin1String("use")) {
        auto code = session::useRecoveryCode(store, id, systemNowMs());
        if (!code)
            return report(code.error());
        std::printf("%.*s\n", static_cast<int>(code->size()), code->view().data());
        std::fprintf(stderr, "%lld unused recovery code(s) left.\n",
                     static_cast<long long>(store.vault().find(id)->unusedRecoveryCodes()));
        return Success;
    }
    const QList<QByteArray> codes = codesFrom(positional.mid(2));
    if (auto added = session::addRecoveryCodes(store, id, codes, p.isSet(replace), systemNowMs()); !added)
        return report(added.error());
    say(QStringLiteral("%1 now has %2 unused recovery code(s).")
            .arg(store.vault().find(id)->displayName())
            .arg(store.vault().find(id)->unusedRecoveryCodes()));
    return Success;
}

} // namespace tessera::cli
