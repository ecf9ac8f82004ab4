// tessera: wires the services the QML controllers share, then loads the static QML module "Tessera".
// tessera [--vault PATH] [--password-stdin] [--quick]

#include "app/app_root.h"
#include "desktop/autostart.h"
#include "desktop/desktop_search.h"
#include "desktop/desktop_shell.h"
#include "desktop/tray_icon.h"
#include "desktop/incoming_router.h"
#include "desktop/single_instance.h"
#include "accounts/accounts_controller.h"
#include "app/services.h"
#include "quick/quick_access.h"
#include "requests/cli_channel.h"
#include "browser/browser_channel.h"
#include "browser/browser_requests_controller.h"
#include "requests/cli_requests_controller.h"
#include "settings/settings_controller.h"
#include "time/time_controller.h"
#include "transfer/export_controller.h"
#include "vault/vault_controller.h"
#include "accounts/service_icons.h"
#include "add/scan_controller.h"

#include "common/app_identity.h"
#include "common/error_text.h"
#include "common/process_hardening.h"
#include "common/secret_line.h"
#include "session/app_settings.h"
#include "session/vault_access.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QNetworkProxyFactory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <cstdlib>

Q_IMPORT_QML_PLUGIN(TesseraPlugin)

namespace {

// The window and everything behind it; all of it is gone when this returns.
int runWindow(const QCommandLineParser &parser, const QString &vaultPath, tessera::bridge::SingleInstance &instance,
              QTranslator &systemTranslator)
{
    std::optional<tessera::SecretBytes> password;
    if (parser.isSet(QStringLiteral("password-stdin")))
        password = tessera::readSecretLine(stdin);

    using namespace tessera::bridge;
    AppRoot app(vaultPath);
    app.followDesktopAppearance();
    preloadServiceIcons();
    // The language chosen in Settings replaces the system's, now and whenever it changes.
    QApplication::removeTranslator(&systemTranslator);
    app.settings->applyLanguage();

    // Fusion: a desktop style drawn without shader effects, so it renders the same everywhere,
    // including with the software renderer chosen above.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    // `tessera --quick` with no Tessera running: the picker, over a window kept out of the way.
    const bool minimized = parser.isSet(Autostart::minimizedOption().mid(2)) || parser.isSet(QStringLiteral("quick"));
    if (minimized)
        engine.setInitialProperties({{QStringLiteral("visible"), false}}); // no flash of the window
    // Qt 6.4 has no loadFromModule: the static module's files live under qrc:/qt/qml.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    AppRoot::addImageProviders(engine);
    QObject::connect(app.settings.get(), &SettingsController::languageApplied, &engine, &QQmlEngine::retranslate);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Tessera/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;

    app.scan->setScreenWindow(window); // steps aside while the screen is grabbed
    DesktopShell shell(window, app.services.get(), app.vault.get(), app.settings.get());
    shell.restoreGeometry();
    if (minimized)
        shell.startMinimized();
    QObject::connect(&instance, &SingleInstance::raiseRequested, &shell, &DesktopShell::raise);
    // Qt.quit() (Ctrl+Q, the menu's Quit) quits for real, also when closing only hides to the tray.
    QObject::disconnect(&engine, &QQmlEngine::quit, nullptr, nullptr);
    QObject::connect(&engine, &QQmlEngine::quit, &shell, &DesktopShell::quit);
    // The quick picker: the global shortcut, and `tessera --quick` (here or from a second launch).
    QuickAccess quick(engine, app.quickPicker.get());
    QObject::connect(&quick, &QuickAccess::windowCreated, &shell, &DesktopShell::watchWindow);
    QObject::connect(&quick, &QuickAccess::notice, &shell, &DesktopShell::tellUser);
    QObject::connect(&instance, &SingleInstance::quickRequested, &quick, &QuickAccess::open);
    if (parser.isSet(QStringLiteral("quick")))
        QTimer::singleShot(0, &quick, &QuickAccess::open);
    // The desktop's search (GNOME Shell, KRunner) and the tray's favourites copy a code as a click does.
    const auto copyCode = [&app](const QUuid &id) { app.accounts->copyCode(id.toString(QUuid::WithoutBraces)); };
    DesktopSearch search(app.services->session(), copyCode);
    search.publish();
    shell.setCopyCode(copyCode);
    QObject::connect(shell.tray(), &TrayIcon::quickRequested, &quick, &QuickAccess::open);
    // tessera-cli through this app while it is unlocked, with its prompt (DESIGN.md §7).
    CliChannel cliChannel(tessera::session::localChannelKey(vaultPath), app.cliRequests.get());
    cliChannel.listen();
    // The prompt's window is made when the first request waits for the user, not at every start.
    std::unique_ptr<QQuickWindow> cliPrompt;
    QObject::connect(app.cliRequests.get(), &CliRequestsController::promptChanged, &engine, [&] {
        if (!cliPrompt && app.cliRequests->asking())
            cliPrompt.reset(AppRoot::createWindow(engine, QStringLiteral("requests/RequestPrompt.qml")));
    });
    // The browser extension's requests, relayed by tessera-browser-host (docs/BROWSER.md), and its prompt.
    BrowserChannel browserChannel(tessera::session::localChannelKey(vaultPath), app.browserRequests.get());
    browserChannel.listen();
    std::unique_ptr<QQuickWindow> browserPrompt;
    QObject::connect(app.browserRequests.get(), &BrowserRequestsController::promptChanged, &engine, [&] {
        if (!browserPrompt && app.browserRequests->asking())
            browserPrompt.reset(AppRoot::createWindow(engine, QStringLiteral("browser/BrowserPrompt.qml")));
    });
    QObject::connect(app.browserRequests.get(), &BrowserRequestsController::unlockWanted, &shell, &DesktopShell::raise);
    if (instance.problem())
        app.vault->showNotice(tessera::errorText(*instance.problem()));
    if (password)
        app.vault->unlockWith(std::move(*password));
    app.incoming->openArguments(parser.positionalArguments(), QDir::currentPath());
    QObject::connect(&instance, &SingleInstance::openRequested, app.incoming.get(), &IncomingRouter::openArguments);
    app.time->syncAtStartIfWanted(); // in the background: the window is already up
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    tessera::disableCoreDumps();
#endif
    // Tessera redraws a few digits once a second: the software renderer repaints only those, where
    // OpenGL redraws the whole window, and it needs no GPU driver in memory (docs/PERFORMANCE.md has
    // the figures). QT_QUICK_BACKEND still chooses another renderer.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    // QApplication (not QGuiApplication): the tray icon is a Qt Widgets class.
    QApplication app(argc, argv);
    // The identity names the settings store (QSettings()) and ties the windows to the desktop entry.
    QApplication::setOrganizationName(tessera::kSettingsOrganization);
    QApplication::setOrganizationDomain(tessera::kSettingsOrganizationDomain);
    QApplication::setApplicationName(tessera::kSettingsApplication);
    QApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QApplication::setDesktopFileName(tessera::kAppId);
    // The installed icon theme's copy (sharp at every size), else the one built in.
    QApplication::setWindowIcon(QIcon::fromTheme(tessera::kAppId, QIcon(QStringLiteral(":/icons/tessera.png"))));
    tessera::session::migrateLegacySettings();
    QApplication::setQuitOnLastWindowClosed(true);
    QNetworkProxyFactory::setUseSystemConfiguration(true); // the HTTPS time fallback goes through a proxy too

    // The command line's own texts follow the system's language (the window's follow Settings).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tessera"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("tessera_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tessera, a desktop authenticator."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("vault"), QStringLiteral("The vault file (default: $TESSERA_VAULT, else %1).")
                                      .arg(tessera::session::defaultVaultPath()),
         QStringLiteral("PATH")},
        {QStringLiteral("password-stdin"), QStringLiteral("Unlock with the first line of standard input (for "
                                                          "automation and tests).")},
        {QStringLiteral("quick"), QStringLiteral("Open the quick picker (in the running Tessera, or start one): "
                                                 "search, Enter copies a code, Shift+Enter types it. Bind this "
                                                 "command to a key where the desktop lets no app set shortcuts.")},
        {tessera::bridge::Autostart::minimizedOption().mid(2),
         QStringLiteral("Start in the tray without showing the window (as the start at login does).")},
    });
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Pictures with QR codes, another "
                                                                    "authenticator's export, or otpauth:// links, to "
                                                                    "add accounts from (after unlocking)."),
                                 QStringLiteral("[FILE|LINK...]"));
    parser.process(app);
    const QString vaultPath = tessera::session::resolveVaultPath(parser.value(QStringLiteral("vault")));

    tessera::bridge::SingleInstance instance(tessera::session::localChannelKey(vaultPath)); // per user and vault
    const QStringList handedOver = parser.isSet(QStringLiteral("quick"))
                                       ? QStringList{tessera::bridge::SingleInstance::quickArgument()}
                                       : parser.positionalArguments();
    if (instance.notifyRunningInstance(handedOver, QDir::currentPath()))
        return 0; // the running Tessera takes the arguments and shows its window instead
    instance.listen();
    if (instance.problem()) // said here for a terminal, and in the window below
        std::fprintf(stderr, "tessera: %s\n", qUtf8Printable(tessera::errorText(*instance.problem())));

    const int code = runWindow(parser, vaultPath, instance, translator);
    // An import still in a key derivation holds only its own copies and was told to stop; the vault is
    // closed and saved by now. Leave without waiting for it (and without the global thread pool's wait).
    if (QThreadPool::globalInstance()->activeThreadCount() > 0)
        std::quick_exit(code);
    return code;
}
