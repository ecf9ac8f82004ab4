#include "app/app_root.h"

#include "accounts/accounts_controller.h"
#include "accounts/icon_packs_controller.h"
#include "accounts/service_icons.h"
#include "add/add_account_controller.h"
#include "add/scan_controller.h"
#include "app/services.h"
#include "app/ticker.h"
#include "components/theme.h"
#include "desktop/desktop_appearance.h"
#include "desktop/incoming_router.h"
#include "session/app_settings.h"
#include "settings/settings_controller.h"
#include "time/time_controller.h"
#include "transfer/export_controller.h"
#include "transfer/file_export_controller.h"
#include "transfer/import_controller.h"
#include "vault/sync_controller.h"
#include "vault/vault_controller.h"
#include "quick/quick_picker_controller.h"
#include "requests/cli_requests_controller.h"
#include "browser/browser_requests_controller.h"
#include "browser/browser_integration_controller.h"
#include "vault/pin_controller.h"

#include <QQmlComponent>
#include <QQuickWindow>

namespace tessera::bridge {

AppRoot::AppRoot(const QString &vaultPath, std::unique_ptr<QSettings> store, Clock clock, CountdownFactory countdowns)
    : preferences(store ? std::move(store) : session::openAppSettings()),
      time(std::make_unique<TimeController>(preferences)),
      settings(std::make_unique<SettingsController>(&preferences)),
      theme(std::make_unique<Theme>(settings.get()))
{
    const bool corrected = !clock;
    // Every code is made for the corrected time, unless a test froze the clock.
    services = std::make_unique<Services>(vaultPath, corrected ? time->clock() : std::move(clock), &preferences,
                                          std::move(countdowns));
    if (corrected)
        QObject::connect(time.get(), &TimeController::correctionChanged, services->ticker(), &Ticker::restart);
    vault = std::make_unique<VaultController>(services.get());
    sync = std::make_unique<SyncController>(services.get());
    accounts = std::make_unique<AccountsController>(services.get());
    iconPacks = std::make_unique<IconPacksController>(services.get());
    add = std::make_unique<AddAccountController>(services.get());
    scan = std::make_unique<ScanController>(services.get());
    exports = std::make_unique<ExportController>(services.get());
    imports = std::make_unique<ImportController>(services.get());
    fileExports = std::make_unique<FileExportController>(services.get());
    incoming = std::make_unique<IncomingRouter>(scan.get(), imports.get());
    quickPicker = std::make_unique<QuickPickerController>(services.get(), accounts.get());
    pin = std::make_unique<PinController>(services.get(), vault.get());
    cliRequests = std::make_unique<CliRequestsController>(services.get(), pin.get());
    browserRequests = std::make_unique<BrowserRequestsController>(services.get());
    browserIntegration = std::make_unique<BrowserIntegrationController>(services.get());
}

void AppRoot::addImageProviders(QQmlEngine &engine)
{
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider); // the engine owns them
    engine.addImageProvider(QStringLiteral("service"), new ServiceIconProvider);
}

QQuickWindow *AppRoot::createWindow(QQmlEngine &engine, const QString &file)
{
    QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Tessera/") + file));
    auto *window = qobject_cast<QQuickWindow *>(component.create());
    if (!window)
        qWarning("tessera: %s could not be made: %s", qUtf8Printable(file), qUtf8Printable(component.errorString()));
    return window;
}

void AppRoot::followDesktopAppearance()
{
    appearance = std::make_unique<DesktopAppearance>();
    auto apply = [this] {
        const SystemAppearance now = appearance->current();
        theme->setSystemAppearance(now.dark, now.highContrast, now.reducedMotion);
    };
    QObject::connect(appearance.get(), &DesktopAppearance::changed, theme.get(), apply);
    apply();
}

// Members go in reverse order of declaration: the controllers before the services they hold, and
// those before the preferences. Defined here, where every type is complete.
AppRoot::~AppRoot() = default;

} // namespace tessera::bridge
