#pragma once
// A vault with a few accounts (fast KDF, password "pw") and the bridge services over it, for the
// controller, model and page tests.

#include "vault_helpers.h"

#include "accounts/accounts_controller.h"
#include "add/add_account_controller.h"
#include "app/services.h"
#include "transfer/export_controller.h"
#include "transfer/file_export_controller.h"
#include "transfer/import_controller.h"
#include "add/scan_controller.h"
#include "settings/settings_controller.h"
#include "time/time_controller.h"
#include "vault/vault_controller.h"

#include <QSettings>
#include <QTemporaryDir>
#include <functional>

struct GuiFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("v.tessera"));
    std::int64_t nowMs = 1257894000LL * 1000 + 10000; // JBSWY3DPEHPK3PXP shows 528064, 20 s left
    std::unique_ptr<tessera::bridge::SettingsController> settings;
    std::unique_ptr<tessera::bridge::TimeController> time;
    std::unique_ptr<tessera::bridge::Services> services;
    std::unique_ptr<tessera::bridge::VaultController> vault;
    std::unique_ptr<tessera::bridge::AccountsController> accounts;
    std::unique_ptr<tessera::bridge::AddAccountController> add;
    std::unique_ptr<tessera::bridge::ScanController> scan;
    std::unique_ptr<tessera::bridge::ExportController> exports;
    std::unique_ptr<tessera::bridge::ImportController> imports;
    std::unique_ptr<tessera::bridge::FileExportController> fileExports;

    // seed: how many sample accounts to create first (0: no vault at all, for first-run tests);
    // prepare: makes a vault of its own at the path instead (the scale benchmark's 10,000 accounts).
    explicit GuiFixture(int seed = 4, const std::function<void(const QString &path)> &prepare = {})
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
        settings = std::make_unique<tessera::bridge::SettingsController>(0);
        time = std::make_unique<tessera::bridge::TimeController>(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("time.ini")), QSettings::IniFormat));
        services = std::make_unique<tessera::bridge::Services>(path, [this] { return nowMs; });
        vault = std::make_unique<tessera::bridge::VaultController>(services.get());
        accounts = std::make_unique<tessera::bridge::AccountsController>(services.get());
        add = std::make_unique<tessera::bridge::AddAccountController>(services.get());
        scan = std::make_unique<tessera::bridge::ScanController>(services.get());
        exports = std::make_unique<tessera::bridge::ExportController>(services.get());
        imports = std::make_unique<tessera::bridge::ImportController>(services.get());
        fileExports = std::make_unique<tessera::bridge::FileExportController>(services.get());
    }

    ~GuiFixture()
    {
        QSettings().clear();
    }

    // Unlocks with "pw" and waits for the background key derivation.
    bool unlock()
    {
        vault->unlock(QStringLiteral("pw"));
        return QTest::qWaitFor([&] { return vault->state() == tessera::bridge::VaultController::Unlocked; }, 10000);
    }
};
