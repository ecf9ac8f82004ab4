// tessera-cli export --format tessera|aegis|otpauth|recovery-sheet --output FILE [--account QUERY]...
//                    [--export-password-file F] [--plain]
// tessera-cli export --format qr --account QUERY --output FILE.png
// tessera-cli export --format google-migration-qr --output DIR [--account QUERY]...
// Writes a backup or a file for another app, or hands accounts to a phone as QR pictures. Files are
// written whole or not at all, readable by their owner only: each one spells secrets.
#include "cli_support.h"
#include "password_file.h"
#include "terminal_input.h"
#include "vault_options.h"

#include "qr_render.h"
#include "session/account_operations.h"
#include "session/account_transfer.h"
#include "session/qr_export.h"

#include <QDateTime>
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

// The accounts named with --account (each must match exactly one); empty means all of them.
Result<std::vector<QUuid>> chosenAccounts(const QCommandLineParser &p, const vault::Vault &vault)
{
    std::vector<QUuid> ids;
    for (const QString &query : p.values(QStringLiteral("account"))) {
        auto id = session::findAccount(vault, query);
        if (!id)
            return tl::unexpected(id.error());
        ids.push_back(*id);
    }
    return ids;
}

int exportForPhone(const QCommandLineParser &p)
{
    const QString dir = p.value(QStringLiteral("output"));
    if (!QDir().mkpath(dir))
        return report(Error{ErrorCode::IoFailure, dir});
    auto store = openVault(p);
    if (!store)
        return report(store.error());
    auto ids = chosenAccounts(p, (*store)->vault());
    if (!ids)
        return report(ids.error());
    auto exported = session::exportForPhone(**store, *ids);
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

// The export's own password: --export-password-file, else asked twice on a terminal. Empty for a plain
// Aegis export chosen with --plain.
Result<SecretBytes> exportPassword(const QCommandLineParser &p, session::ExportFormat format)
{
    const bool canBePlain = format == session::ExportFormat::Aegis;
    if (canBePlain && p.isSet(QStringLiteral("plain")))
        return SecretBytes();
    const QString file = p.value(QStringLiteral("export-password-file"));
    if (!file.isEmpty()) {
        auto password = readPasswordFile(file);
        if (password && password->isEmpty())
            return fail(ErrorCode::EmptyPassword);
        return password;
    }
    if (!stdinIsTerminal())
        return fail(ErrorCode::ExportPasswordRequired);
    return promptNewPassword(QStringLiteral("Password for the exported file: "));
}

int exportToFile(const QCommandLineParser &p, session::ExportFormat format)
{
    auto store = openVault(p);
    if (!store)
        return report(store.error());
    auto ids = chosenAccounts(p, (*store)->vault());
    if (!ids)
        return report(ids.error());
    session::ExportOptions options;
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    if (format == session::ExportFormat::TesseraBackup || format == session::ExportFormat::Aegis) {
        auto password = exportPassword(p, format);
        if (!password)
            return report(password.error());
        options.password = std::move(*password);
    }
    auto bytes = session::exportAccounts(**store, format, *ids, options);
    if (!bytes)
        return report(bytes.error());
    const QString output = p.value(QStringLiteral("output"));
    if (auto written = session::writePrivateFile(output, bytes->bytes()); !written)
        return report(written.error());
    const bool plain = format == session::ExportFormat::OtpauthList || format == session::ExportFormat::RecoverySheet ||
                       options.password.isEmpty();
    if (plain)
        std::fprintf(stderr, "tessera-cli: %s holds your secrets unencrypted; move it where it is needed and delete "
                             "it.\n",
                     qUtf8Printable(output));
    say(QStringLiteral("Wrote %1.").arg(output));
    return Success;
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Export accounts: an encrypted Tessera backup, a file for another app (Aegis JSON, otpauth:// links), a "
        "printable sheet of recovery codes, or QR pictures for a phone: one account (qr) or Google Authenticator "
        "transfer codes (google-migration-qr), several accounts per code."));
    p.addOptions({
        {QStringLiteral("format"),
         QStringLiteral("tessera (encrypted backup), aegis (Aegis JSON, encrypted unless --plain), otpauth (links, "
                        "unencrypted), recovery-sheet (printable HTML), qr or google-migration-qr."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("output"), QStringLiteral("The file to write; for google-migration-qr a folder."),
         QStringLiteral("PATH")},
        {QStringLiteral("export-password-file"),
         QStringLiteral("A file whose first line is the export's own password ('-': the next line of stdin)."),
         QStringLiteral("F")},
        {QStringLiteral("plain"), QStringLiteral("Write an Aegis export without encryption.")},
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
    if (const auto fileFormat = session::parseExportFormat(format))
        return exportToFile(p, *fileFormat);
    return usageError(kCommand, format.isEmpty()
                                    ? QStringLiteral("choose a --format")
                                    : QStringLiteral("'%1' is not an export format; use tessera, aegis, otpauth, "
                                                     "recovery-sheet, qr or google-migration-qr").arg(format));
}

} // namespace tessera::cli
