// Quick unlock with a PIN: set while open, usable after an automatic lock only, right PIN opens (and
// stays set for the next automatic lock), three wrong PINs forget it and the password is needed; a
// lock by hand and a password change forget it too.
#include "gui_fixture.h"

#include "accounts/account_list_model.h"
#include "vault/pin_controller.h"
#include "vault/quick_unlock.h"

#include <QTest>

using namespace tessera;
using namespace tessera::bridge;

namespace {

bool waitIdle(PinController &pin)
{
    return QTest::qWaitFor([&] { return !pin.busy(); }, 10000);
}

} // namespace

class TestPinUnlock : public QObject
{
    Q_OBJECT
private slots:
    void aPinIsFourToEightDigits()
    {
        for (const char *good : {"1234", "00000000", "987654"})
            QVERIFY2(vault::QuickUnlock::checkPin(SecretBytes::copyOf(std::string_view(good))), good);
        for (const char *bad : {"", "123", "123456789", "12a4", "12 34", "١٢٣٤"})
            QVERIFY2(!vault::QuickUnlock::checkPin(SecretBytes::copyOf(std::string_view(bad))), bad);
    }

    void theRightPinOpensAfterAnAutomaticLockAndStaysSet()
    {
        GuiFixture f;
        PinController &pin = *f.root->pin;
        QVERIFY(!pin.setPin(QStringLiteral("2468"), QStringLiteral("2468"))); // locked: nothing to seal
        QVERIFY(f.unlock());
        QVERIFY(!pin.setPin(QStringLiteral("2468"), QStringLiteral("2469")));
        QVERIFY(!pin.setPin(QStringLiteral("24"), QStringLiteral("24")));
        QVERIFY(!pin.isSet());
        QVERIFY(pin.setPin(QStringLiteral("2468"), QStringLiteral("2468")));
        QVERIFY(pin.isSet());
        QVERIFY(!pin.available()); // open: nothing to unlock
        f.vault->lockAutomatically();
        QCOMPARE(f.vault->state(), VaultController::Locked);
        QVERIFY(pin.available());
        pin.unlock(QStringLiteral("2468"));
        QVERIFY(waitIdle(pin));
        QCOMPARE(f.vault->state(), VaultController::Unlocked);
        QCOMPARE(f.services->accounts()->rowCount(), 4);
        QVERIFY(pin.isSet()); // for the next automatic lock
        f.vault->lockAutomatically();
        pin.unlock(QStringLiteral("2468"));
        QVERIFY(waitIdle(pin));
        QCOMPARE(f.vault->state(), VaultController::Unlocked);
    }

    void threeWrongPinsForgetItAndThePasswordIsNeeded()
    {
        GuiFixture f;
        PinController &pin = *f.root->pin;
        QVERIFY(f.unlock());
        QVERIFY(pin.setPin(QStringLiteral("13579"), QStringLiteral("13579")));
        f.vault->lockAutomatically();
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QVERIFY(pin.available());
            pin.unlock(QStringLiteral("0000"));
            QVERIFY(waitIdle(pin));
            QCOMPARE(f.vault->state(), VaultController::Locked);
            QVERIFY2(!pin.errorString().isEmpty(), "a wrong PIN is said");
        }
        QVERIFY(pin.errorString().contains(QStringLiteral("password")));
        QVERIFY(!pin.isSet());
        QVERIFY(!pin.available());
        pin.unlock(QStringLiteral("13579")); // even the right one: it is gone
        QVERIFY(waitIdle(pin));
        QCOMPARE(f.vault->state(), VaultController::Locked);
        QVERIFY(f.unlock()); // the password still opens
    }

    void aLockByHandOrAPasswordChangeForgetsIt()
    {
        GuiFixture f;
        PinController &pin = *f.root->pin;
        QVERIFY(f.unlock());
        QVERIFY(pin.setPin(QStringLiteral("1234"), QStringLiteral("1234")));
        f.vault->lock(); // Ctrl+L, the tray, quitting
        QVERIFY(!pin.isSet());
        QVERIFY(!pin.available());
        QVERIFY(f.unlock());
        QVERIFY(pin.setPin(QStringLiteral("1234"), QStringLiteral("1234")));
        emit f.vault->passwordChanged(); // the master key it sealed is replaced
        QVERIFY(!pin.isSet());
    }

    // The sealed key is bound to this vault: another vault at the path does not open with it.
    void theSealedKeyOpensOnlyItsVault()
    {
        GuiFixture f;
        auto store = vault::VaultStore::openWithPassword(f.path, password("pw"));
        QVERIFY(store);
        vault::QuickUnlock quick;
        QVERIFY(quick.arm(**store, SecretBytes::copyOf(std::string_view("4321"))));
        store->reset();
        const QString other = f.dir.filePath(QStringLiteral("other.tessera"));
        QVERIFY(vault::VaultStore::create(other, password("pw"), fastKdf()));
        auto wrongVault = quick.unlock(other, SecretBytes::copyOf(std::string_view("4321")));
        QVERIFY(!wrongVault);
        QCOMPARE(int(wrongVault.error().code), int(ErrorCode::NotThisVault));
    }
};

QTEST_MAIN(TestPinUnlock)
#include "test_pin_unlock.moc"
