#pragma once
// A vault with a few accounts (fast KDF, password "pw") and the bridge services over it, for the
// controller, model and page tests.

#include "vault_helpers.h"

#include "accounts/accounts_controller.h"
#include "add/add_account_controller.h"
#include "add/scan_controller.h"
#include "app/app_root.h"
#include "app/services.h"
#include "desktop/incoming_router.h"
#include "settings/settings_controller.h"
#include "time/time_controller.h"
#include "transfer/export_controller.h"
#include "transfer/file_export_controller.h"
#include "transfer/import_controller.h"
#include "vault/vault_controller.h"

#include <QSettings>
#include <QTemporaryDir>
#include <functional>

struct GuiFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("v.tessera"));
    std::int64_t nowMs = 1257894000LL * 1000 + 10000; // JBSWY3DPEHPK3PXP shows 528064, 20 s left
    std::unique_ptr<tessera::bridge::AppRoot> root;
    // The app's parts, as the root made them (the composition main.cpp runs).
    tessera::bridge::SettingsController *settings = nullptr;
    tessera::bridge::TimeController *time = nullptr;
    tessera::bridge::Services *services = nullptr;
    tessera::bridge::VaultController *vault = nullptr;
    tessera::bridge::AccountsController *accounts = nullptr;
    tessera::bridge::AddAccountController *add = nullptr;
    tessera::bridge::ScanController *scan = nullptr;
    tessera::bridge::ExportController *exports = nullptr;
    tessera::bridge::ImportController *imports = nullptr;
    tessera::bridge::FileExportController *fileExports = nullptr;
    tessera::bridge::IncomingRouter *incoming = nullptr;

    // seed: how many sample accounts to create first (0: no vault at all, for first-run tests);
    // prepare: makes a vault of its own at the path instead (the scale benchmark's 10,000 accounts).
    // countdowns: the delays the app waits on (real timers unless given, see manual_countdown.h).
    explicit GuiFixture(int seed = 4, const std::function<void(const QString &path)> &prepare = {},
                        tessera::bridge::CountdownFactory countdowns = tessera::bridge::realCountdowns())
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tessera-tests-%1").arg(QCoreApplication::applicationPid()));
        if (seed > 0) {
            auto store = std::move(*tessera::vault::VaultStore::create(path, password("pw"), fastKdf()));
            const char *links[] = {
                "otpauth://totp/Gcore:me@example.com?secret=JBSWY3DPEHPK3PXP",
                "otpauth://totp/Kaspersky:anna@example.org?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ",
                "otpauth://hotp/Issuu:James?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=5",
                "otpauth://steam/Steam:gamer?secret=STEAMKEY",
            };
            for (int i = 0; i < seed && i < 4; ++i)
                (void)tessera::session::addAccount(*store, keyFrom(links[i]), i);
        }
        if (prepare)
            prepare(path);
        // Preferences of this case's own, in its folder: no case sees another's.
        root = std::make_unique<tessera::bridge::AppRoot>(
            path, std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat),
            [this] { return nowMs; }, std::move(countdowns));
        settings = root->settings.get();
        time = root->time.get();
        services = root->services.get();
        vault = root->vault.get();
        accounts = root->accounts.get();
        add = root->add.get();
        scan = root->scan.get();
        exports = root->exports.get();
        imports = root->imports.get();
        fileExports = root->fileExports.get();
        incoming = root->incoming.get();
    }

    ~GuiFixture() = default;

    // Unlocks with "pw" and waits for the background key derivation.
    bool unlock()
    {
        vault->unlock(QStringLiteral("pw"));
        return QTest::qWaitFor([&] { return vault->state() == tessera::bridge::VaultController::Unlocked; }, 10000);
    }
};
