// The full tessera-cli: every command, the command line face of Tessera. The lean tessera-cli
// (lean_main.cpp) hands it every command but `code` answered without the file. Parses the command name
// and hands over to the command's own file; the contract is DESIGN.md §4 in the shared design.
#include "cli_support.h"
#include "code_command.h"

#include "common/process_hardening.h"
#include "session/app_settings.h"

#include "qr_worker.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <cstdio>
#include <functional>
#include <map>

namespace {

constexpr const char *kUsage = R"(Usage: tessera-cli COMMAND [options]

Commands:
  code --secret B32 [--type totp|hotp|steam] [--algorithm SHA1|SHA256|SHA512]
       [--digits N] [--period S] [--counter C] [--time UNIX_SECONDS]
                        print the code for a secret key
  uri URI [--json]      parse an otpauth:// link and print its fields
  scan IMAGE...         print the accounts in pictures' QR codes as otpauth:// links
  time [--server HOST[:PORT]]... [--https-url URL | --no-https] [--json] [--no-save]
                        measure the clock's offset and correct codes with it
  time --show | --offset SECONDS | --reset
                        show, set by hand or remove the time correction

Vault commands (--vault PATH or $TESSERA_VAULT; --password-stdin, else the keychain, else a prompt;
code, list and recovery list|use ask the running Tessera first when it has the vault unlocked, --no-app
opens the file):
  init [--kdf interactive|moderate|sensitive]     create a vault
  add --uri URI | --image FILE... | --issuer I --name N --secret B32 [code options]
  list [--json]                                   the accounts, never their secrets
  code QUERY                                      the current code of an account
  remove QUERY | rename QUERY [--issuer I] [--name N] | passwd
  recovery add QUERY CODE... [--replace] | list QUERY | use QUERY
  sites list QUERY | add QUERY SITE... | remove QUERY SITE...
                                                  the websites where the browser fills its code
  keychain enable | disable
  browser install|uninstall|status [--browser NAME]...
                                                  the browser integration's host, for the browsers found
  import FILE [--format NAME] [--source-password-file F] [--dry-run]
                                                  add another authenticator's accounts
  export --format tessera|aegis|otpauth|recovery-sheet --output FILE
         [--account QUERY]... [--export-password-file F] [--plain]
                                                  a backup, or the accounts for another app
  export --format qr --account QUERY --output FILE.png
  export --format google-migration-qr --output DIR [--account QUERY]...
                                                  QR codes for a phone
  merge FILE [--copy-password-file F]             merge another copy of this vault (from another
                                                  computer, a sync tool's conflict copy, a backup)
  restore BACKUP [--copy-password-file F]         make the vault's accounts a backup's, on purpose
  sync status [--json]                            this computer's id, the saves in the file, copies
  vault move PATH                                 move the vault (into a sync folder, say)

Codes use the stored time correction; --no-time-correction on 'code' uses the system clock as it is.

Options:
  -h, --help            show this help (or 'tessera-cli COMMAND --help')
  -V, --version         show the version

Exit codes: 0 success, 1 usage, 2 invalid input (also: the vault is older than one seen here),
3 wrong password (or Deny in the running Tessera), 4 I/O or network failure.
)";

} // namespace

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    tessera::disableCoreDumps();
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QNetworkProxyFactory::setUseSystemConfiguration(true); // the HTTPS time fallback goes through a proxy too
    tessera::session::migrateLegacySettings();

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("qr-worker")) // not for people: the app and `scan` decode pictures through it
        return tessera::imaging::runQrWorker();
    if (command == QLatin1String("--version") || command == QLatin1String("-V")) {
        std::printf("tessera-cli %s\n", TESSERA_VERSION);
        return tessera::cli::Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(kUsage, stdout);
        return tessera::cli::Success;
    }

    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("code"), [](const QStringList &a) { return tessera::cli::runCode(a, tessera::cli::codeFromVaultFile); }},
        {QStringLiteral("uri"), tessera::cli::runUri},
        {QStringLiteral("init"), tessera::cli::runInit},
        {QStringLiteral("add"), tessera::cli::runAdd},
        {QStringLiteral("list"), tessera::cli::runList},
        {QStringLiteral("remove"), tessera::cli::runRemove},
        {QStringLiteral("rename"), tessera::cli::runRename},
        {QStringLiteral("passwd"), tessera::cli::runPasswd},
        {QStringLiteral("import"), tessera::cli::runImport},
        {QStringLiteral("recovery"), tessera::cli::runRecovery},
        {QStringLiteral("keychain"), tessera::cli::runKeychain},
        {QStringLiteral("time"), tessera::cli::runTime},
        {QStringLiteral("scan"), tessera::cli::runScan},
        {QStringLiteral("export"), tessera::cli::runExport},
        {QStringLiteral("merge"), tessera::cli::runMerge},
        {QStringLiteral("restore"), tessera::cli::runRestore},
        {QStringLiteral("sync"), tessera::cli::runSync},
        {QStringLiteral("vault"), tessera::cli::runVault},
        {QStringLiteral("sites"), tessera::cli::runSites},
        {QStringLiteral("browser"), tessera::cli::runBrowser},
    };
    const auto found = commands.find(command);
    if (found == commands.end()) {
        if (command.isEmpty())
            std::fputs("tessera-cli: no command given.\n\n", stderr);
        else
            std::fprintf(stderr, "tessera-cli: unknown command '%s'.\n\n", qUtf8Printable(command));
        std::fputs(kUsage, stderr);
        return tessera::cli::Usage;
    }
    QStringList commandArgs = args;
    commandArgs.removeAt(1); // the parser sees "tessera-cli --option ...", as for any program
    return found->second(commandArgs);
}
