// tessera-cli export --format qr --account QUERY --output FILE.png
// tessera-cli export --format google-migration-qr --output DIR [--account QUERY]...
// Hands accounts to a phone as QR pictures. The files are written whole or not at all, readable by
// their owner only: a QR code of an account is its secret.
#include "cli_support.h"
#include "vault_options.h"

#include "qr_render.h"
#include "session/account_operations.h"
#include "session/qr_export.h"

#include <QDir>
#include <cstdio>

namespace tessera::cli {
namespace {

const QString kCommand = QStringLiteral("export");

int exportOneAccount(const QCommandLineParser &p)
{
    const QStringList queries = p.values(QStringLiteral("account"));
    if (queries.size() != 1)
        return usageError(kCommand, QStringLiteral("--format qr needs exactly one --account"));
    auto found = openAndFind(p, queries.first());
    if (!found)
        return report(found.error());
    auto link = session::accountLink(*found->store, found->id);
    if (!link)
        return report(link.error());
    auto image = imaging::qrImage(link->view());
    if (!image)
        return report(image.error());
    const QString output = p.value(QStringLiteral("output"));
    if (auto saved = imaging::savePng(*image, output); !saved)
        return report(saved.error());
    say(QStringLiteral("Wrote the QR code of %1 to %2.").arg(found->store->vault().find(found->id)->displayName(), output));
    return Success;
}

int exportForPhone(const QCommandLineParser &p)
{
    const QString dir = p.value(QStringLiteral("output"));
    if (!QDir().mkpath(dir))
        return report(Error{ErrorCode::IoFailure, dir});
    auto store = openVault(p);
    if (!store)
        return report(store.error());
    std::vector<QUuid> ids;
    for (const QString &query : p.values(QStringLiteral("account"))) {
        auto id = session::findAccount((*store)->vault(), query);
        if (!id)
            return report(id.error());
        ids.push_back(*id);
    }
    auto exported = session::exportForPhone(**store, ids);
    if (!exported)
        return report(exported.error());
    for (const interop::SkippedEntry &entry : exported->notCarried)
        std::fprintf(stderr, "tessera-cli: not exported: %s, because %s.\n", qUtf8Printable(entry.where),
                     qUtf8Printable(entry.reason));
    if (exported->links.empty())
        return report(Error{ErrorCode::AccountNotFound, QStringLiteral("an account Google Authenticator can take")});
    const int total = int(exported->links.size());
    for (int i = 0; i < total; ++i) {
        auto image = imaging::qrImage(exported->links[std::size_t(i)].view());
        if (!image)
            return report(image.error());
        const QString file = QDir(dir).filePath(QStringLiteral("tessera-transfer-%1-of-%2.png").arg(i + 1).arg(total));
        if (auto saved = imaging::savePng(*image, file); !saved)
            return report(saved.error());
        say(file);
    }
    return Success;
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Export accounts to a phone as QR pictures: one account (qr), or Google Authenticator transfer codes "
        "(google-migration-qr), several accounts per code."));
    p.addOptions({
        {QStringLiteral("format"), QStringLiteral("qr or google-migration-qr."), QStringLiteral("FORMAT")},
        {QStringLiteral("output"), QStringLiteral("The PNG file (qr) or the folder for the codes (google-migration-qr)."),
         QStringLiteral("PATH")},
        {QStringLiteral("account"), QStringLiteral("An account: part of its issuer or name, or Issuer:Name. For "
                                                   "google-migration-qr repeatable; all accounts when absent."),
         QStringLiteral("QUERY")},
    });
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, kCommand, args))
        return *done;
    if (!p.positionalArguments().isEmpty())
        return usageError(kCommand, QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (p.value(QStringLiteral("output")).isEmpty())
        return usageError(kCommand, QStringLiteral("say where to write with --output"));
    const QString format = p.value(QStringLiteral("format"));
    if (format == QLatin1String("qr"))
        return exportOneAccount(p);
    if (format == QLatin1String("google-migration-qr"))
        return exportForPhone(p);
    return usageError(kCommand, format.isEmpty() ? QStringLiteral("choose a --format: qr or google-migration-qr")
                                                 : QStringLiteral("the format '%1' is not available in this build; "
                                                                  "use qr or google-migration-qr").arg(format));
}

} // namespace tessera::cli
