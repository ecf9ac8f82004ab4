#pragma once
// The composition root: every service and controller of the GUI, made and wired once, in one order.
// main.cpp, the GUI tests' fixture and the GUI benchmarks all build the app through this, so what
// they test and measure is what users run. Made before the QML engine loads (the controllers are its
// singletons) and gone after it.

#include "app/countdown.h"
#include "common/clock.h"
#include "session/preferences.h"

#include <QQmlEngine>
#include <QSettings>
#include <QString>
#include <memory>

class QQuickWindow;

namespace tessera::bridge {

class Services;
class TimeController;
class SettingsController;
class Theme;
class VaultController;
class SyncController;
class AccountsController;
class IconPacksController;
class AddAccountController;
class ScanController;
class ExportController;
class ImportController;
class FileExportController;
class IncomingRouter;
class DesktopAppearance;
class QuickPickerController;
class CliRequestsController;
class BrowserRequestsController;
class BrowserIntegrationController;
class PinController;

class AppRoot
{
public:
    // settings: the preferences' store (the application's own when null); clock: what codes are made
    // for (the corrected clock of the time check when empty; tests freeze it).
    // countdowns: how the delays the app waits on are made (real timers unless a test runs them).
    explicit AppRoot(const QString &vaultPath, std::unique_ptr<QSettings> settings = nullptr, Clock clock = {},
                     CountdownFactory countdowns = realCountdowns());
    ~AppRoot();
    AppRoot(const AppRoot &) = delete;
    // The pictures QML asks for by URL: image://qr/… (export) and image://service/… (service icons).
    static void addImageProviders(QQmlEngine &engine);
    // A window of the module besides the main one (the quick picker, the tessera-cli prompt), made by
    // the engine from its file under qrc:/qt/qml/Tessera/; null, with a warning, when it cannot be.
    static QQuickWindow *createWindow(QQmlEngine &engine, const QString &file);
    // The app's window follows the desktop's dark/light, contrast and motion settings from here on
    // (tests leave it out, so a developer's desktop cannot change what they see).
    void followDesktopAppearance();
    AppRoot &operator=(const AppRoot &) = delete;

    session::Preferences preferences;
    std::unique_ptr<TimeController> time;
    std::unique_ptr<SettingsController> settings;
    std::unique_ptr<Theme> theme;
    std::unique_ptr<Services> services;
    std::unique_ptr<VaultController> vault;
    std::unique_ptr<SyncController> sync;
    std::unique_ptr<AccountsController> accounts;
    std::unique_ptr<IconPacksController> iconPacks;
    std::unique_ptr<AddAccountController> add;
    std::unique_ptr<ScanController> scan;
    std::unique_ptr<ExportController> exports;
    std::unique_ptr<ImportController> imports;
    std::unique_ptr<FileExportController> fileExports;
    std::unique_ptr<IncomingRouter> incoming;
    std::unique_ptr<QuickPickerController> quickPicker;
    std::unique_ptr<PinController> pin; // before cliRequests, which uses it
    std::unique_ptr<CliRequestsController> cliRequests;
    std::unique_ptr<BrowserRequestsController> browserRequests;
    std::unique_ptr<BrowserIntegrationController> browserIntegration;
    std::unique_ptr<DesktopAppearance> appearance; // only once followDesktopAppearance() ran
};

} // namespace tessera::bridge
