// First run, unlock, lock and the password, driven as the pages drive them.
#include "gui_fixture.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "app/vault_session.h"

#include <QSignalSpy>

using namespace tessera::bridge;

class TestVaultController : public QObject
{
    Q_OBJECT
private slots:
    void firstRunCreatesAndUnlocks()
    {
        GuiFixture f(0);
        QCOMPARE(f.vault->state(), VaultController::NoVault);
        f.vault->createVault(QStringLiteral("a"), QStringLiteral("b"), false);
        QVERIFY(f.vault->errorString().contains(QStringLiteral("differ")));
        f.vault->createVault(QStringLiteral("correct horse battery staple"), QStringLiteral("correct horse battery staple"), false);
        QVERIFY(f.vault->busy());
        QVERIFY(QTest::qWaitFor([&] { return f.vault->state() == VaultController::Unlocked; }, 15000));
        QVERIFY(QFile::exists(f.path));
        // The password slot costs a guesser Argon2id `moderate`: 3 passes over 256 MiB (docs/SECURITY.md).
        const auto header = tessera::vault::VaultStore::readHeader(f.path);
        QVERIFY(header);
        QCOMPARE(header->keySlots.size(), 1);
        QCOMPARE(header->keySlots[0].kdf, (tessera::crypto::Argon2Params{3, 256ull * 1024 * 1024}));
        f.vault->lock();
        QCOMPARE(f.vault->state(), VaultController::Locked);
    }

    void passwordStrengthGrows()
    {
        GuiFixture f(0);
        // zxcvbn's estimate (session/password_strength.h): 1 is refused, 2 weak, 3 good, 4 strong.
        QCOMPARE(f.vault->passwordStrength({}), 0);
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("abc")), 1);
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("abcdefgh")), 1);
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("password1234")), 1); // long but common: not "Good"
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("battery horse staple")), 2);
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("correct horse battery staple")), 3);
        QCOMPARE(f.vault->passwordStrength(QStringLiteral("pw-for-tests-7Hq!x")), 4);
        QVERIFY(f.vault->passwordHint(QStringLiteral("abc")).contains(QStringLiteral("40")));
        QVERIFY(f.vault->passwordHint(QStringLiteral("password1234")).contains(QStringLiteral("common")));
        // A too weak password creates no vault, and says why.
        GuiFixture empty(0);
        empty.vault->createVault(QStringLiteral("password1234"), QStringLiteral("password1234"), false);
        QVERIFY(QTest::qWaitFor([&] { return !empty.vault->busy(); }, 10000));
        QCOMPARE(empty.vault->state(), VaultController::NoVault);
        QVERIFY(empty.vault->errorString().contains(QStringLiteral("too easy to guess")));
        QVERIFY(!QFile::exists(empty.path));
    }

    void wrongPasswordSaysSoAndStaysLocked()
    {
        GuiFixture f;
        QCOMPARE(f.vault->state(), VaultController::Locked);
        f.vault->unlock(QStringLiteral("nope"));
        QVERIFY(QTest::qWaitFor([&] { return !f.vault->busy(); }, 10000));
        QCOMPARE(f.vault->state(), VaultController::Locked);
        QVERIFY(f.vault->errorString().startsWith(QStringLiteral("Wrong password")));
        QVERIFY(f.unlock());
        QVERIFY(f.vault->errorString().isEmpty());
    }
};

QTEST_MAIN(TestVaultController)
#include "test_vault_controller.moc"
