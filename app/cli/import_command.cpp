// tessera-cli import FILE [--format NAME] [--source-password-file F] [--dry-run] [--include-duplicates]
// Reads another authenticator's export and adds its accounts in one save: all or none. Accounts the
// vault already has (same secret, or same issuer and name) are left out unless asked for.
#include "cli_support.h"
#include "password_file.h"
#include "terminal_input.h"
#include "vault_options.h"

#include "interop/import_registry.h"
#include "otp/otp_params.h"
#include "session/account_transfer.h"

#include <QDateTime>
#include <cstdio>

namespace tessera::cli {
namespace {

const QString kCommand = QStringLiteral("import");

QString formatList()
{
    QStringList lines;
    for (const interop::ImportFormat &format : interop::importFormats())
        lines.append(QStringLiteral("  %1  %2").arg(format.id, -18).arg(format.name));
    return lines.join(u'\n');
}

// The source password: from --source-password-file, else a prompt when the file needs one.
Result<SecretBytes> sourcePassword(const QCommandLineParser &p, QByteArrayView bytes, const QString &formatId)
{
    const QString file = p.value(QStringLiteral("source-password-file"));
    if (!file.isEmpty())
        return readPasswordFile(file);
    const interop::ImportFormat *format = nullptr;
    interop::Protection protection = interop::Protection::Plain;
    if (formatId.isEmpty()) {
        if (auto detected = interop::detectImportFormat(bytes)) {
            format = detected->format;
            protection = detected->protection;
        }
    } else if ((format = interop::findImportFormat(formatId))) {
        protection = interop::protectionOf(*format, bytes);
    }
    if (!format || protection == interop::Protection::Plain)
        return SecretBytes();
    if (!stdinIsTerminal())
        return fail(ErrorCode::ImportPasswordRequired, format->name);
    return promptHidden(QStringLiteral("Password of the %1 file: ").arg(format->name));
}

void reportSkipped(const interop::ImportResult &result)
{
    for (const interop::SkippedEntry &entry : result.skipped)
        std::fprintf(stderr, "tessera-cli: skipped %s: %s\n", qUtf8Printable(entry.where), qUtf8Printable(entry.reason));
}

void printPreview(const session::ImportPreview &preview)
{
    for (std::size_t i = 0; i < preview.result.accounts.size(); ++i) {
        const uri::KeyUri &account = preview.result.accounts[i];
        std::printf("%s%s:%s (%s)\n", preview.duplicates[i] ? "= " : "+ ", qUtf8Printable(account.issuer),
                    qUtf8Printable(account.name), qUtf8Printable(otp::typeName(account.params.type)));
    }
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Import the accounts of another authenticator's export file, in one "
                                               "save. The format is recognised; these can be named:\n") +
                                formatList());
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The export file."));
    p.addOptions({
        {QStringLiteral("format"), QStringLiteral("The file's format, when it is not recognised."), QStringLiteral("NAME")},
        {QStringLiteral("source-password-file"),
         QStringLiteral("A file whose first line is the export's password ('-': the next line of stdin)."),
         QStringLiteral("F")},
        {QStringLiteral("dry-run"), QStringLiteral("Show what would be added ('+', '=' for one the vault has); save nothing.")},
        {QStringLiteral("include-duplicates"), QStringLiteral("Add accounts the vault already has, too.")},
    });
    addVaultOptions(p);
    if (auto done = parseCommandLine(p, kCommand, args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(kCommand, QStringLiteral("name one file to import"));
    const QString formatId = p.value(QStringLiteral("format"));
    if (!formatId.isEmpty() && !interop::findImportFormat(formatId))
        return report(Error{ErrorCode::UnknownFormat, formatId});

    auto bytes = session::readImportFile(p.positionalArguments().first());
    if (!bytes)
        return report(bytes.error());
    auto store = openVault(p);
    if (!store)
        return report(store.error());
    auto password = sourcePassword(p, *bytes, formatId);
    if (!password)
        return report(password.error());
    auto preview = session::readImport(store->get(), *bytes, formatId, *password);
    wipe(bytes->data(), std::size_t(bytes->size()));
    if (!preview)
        return report(preview.error());
    reportSkipped(preview->result);
    if (p.isSet(QStringLiteral("dry-run"))) {
        printPreview(*preview);
        return Success;
    }
    std::vector<bool> chosen(preview->result.accounts.size(), true);
    int known = 0;
    if (!p.isSet(QStringLiteral("include-duplicates")))
        for (std::size_t i = 0; i < chosen.size(); ++i)
            if (preview->duplicates[i]) {
                chosen[i] = false;
                ++known;
            }
    auto added = session::addImported(**store, preview->result, chosen, QDateTime::currentMSecsSinceEpoch());
    if (!added)
        return report(added.error());
    QString summary = QStringLiteral("Imported %1 account(s) from the %2 file.").arg(*added).arg(preview->format->name);
    if (known > 0)
        summary += QStringLiteral(" Left out %1 the vault already has (--include-duplicates adds them).").arg(known);
    if (!preview->result.skipped.empty())
        summary += QStringLiteral(" Skipped %1 entr%2 that could not be read (listed above).")
                       .arg(preview->result.skipped.size())
                       .arg(preview->result.skipped.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"));
    say(summary);
    return Success;
}

} // namespace tessera::cli
