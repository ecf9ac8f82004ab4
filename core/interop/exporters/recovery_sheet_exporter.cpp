#include "interop/exporters/recovery_sheet_exporter.h"

namespace tessera::interop {
namespace {

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

QString codeText(const SecretBytes &code)
{
    return QString::fromUtf8(code.view().data(), qsizetype(code.size())).toHtmlEscaped();
}

QString accountSection(const uri::KeyUri &account, const AccountExtras &extras)
{
    QString title = escaped(account.issuer);
    if (!account.name.isEmpty())
        title += (title.isEmpty() ? QString() : QStringLiteral(" — ")) + escaped(account.name);
    QString items;
    for (const ImportedRecoveryCode &code : extras.recoveryCodes) {
        if (code.usedAtMs)
            items += QStringLiteral("<li class=\"used\"><s>%1</s> <small>used %2</small></li>\n")
                         .arg(codeText(code.code),
                              QDateTime::fromMSecsSinceEpoch(*code.usedAtMs).date().toString(Qt::ISODate));
        else
            items += QStringLiteral("<li>%1</li>\n").arg(codeText(code.code));
    }
    return QStringLiteral("<section>\n<h2>%1</h2>\n<ol>\n%2</ol>\n</section>\n").arg(title, items);
}

} // namespace

SecretBytes writeRecoverySheet(const ImportResult &accounts, const QDateTime &madeAt)
{
    QString sections;
    for (std::size_t i = 0; i < accounts.accounts.size(); ++i) {
        const AccountExtras *extras = accounts.extrasOf(i);
        if (extras && !extras->recoveryCodes.empty())
            sections += accountSection(accounts.accounts[i], *extras);
    }
    if (sections.isEmpty())
        return {};
    QString page = QStringLiteral(
                       "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>Tessera recovery codes</title>\n<style>\n"
                       "body { font-family: sans-serif; margin: 2em; }\n"
                       "ol { font-family: monospace; font-size: 1.2em; columns: 2; }\n"
                       "li.used { color: #777; }\n"
                       "section { break-inside: avoid; border-top: 1px solid #999; }\n"
                       "@media print { body { margin: 0; } }\n"
                       "</style>\n</head>\n<body>\n<h1>Recovery codes</h1>\n"
                       "<p>Made by Tessera on %1. Each code signs you in once when your authenticator is lost. "
                       "Keep this page somewhere safe, and destroy it when you make a new one.</p>\n"
                       "%2</body>\n</html>\n")
                       .arg(escaped(madeAt.toString(Qt::ISODate)), sections);
    QByteArray utf8 = page.toUtf8();
    page.fill(u' ');
    auto sheet = SecretBytes::copyOf(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    wipe(utf8.data(), std::size_t(utf8.size()));
    return sheet;
}

} // namespace tessera::interop
