// Changing the password runs Argon2id (`moderate`: 256 MiB, about half a second, twice) and rewrites the
// vault and its backups; none of it may stop the window. A 5 ms timer on the GUI thread measures the
// longest stretch the event loop did not run while the change is under way.
#include "gui_fixture.h"

#include "accounts/account_filter_model.h"
#include "accounts/accounts_controller.h"
#include "app/vault_session.h"

#include <QElapsedTimer>
#include <QTimer>

using namespace tessera;
using namespace tessera::bridge;

class TestPasswordChangeResponsive : public QObject
{
    Q_OBJECT
private slots:
    void theGuiThreadNeverWaitsForIt()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        const QString newPassword = QStringLiteral("correct horse battery staple");
        QElapsedTimer sinceLastBeat;
        qint64 longestGapMs = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            longestGapMs = std::max(longestGapMs, sinceLastBeat.restart());
        });
        sinceLastBeat.start();
        heartbeat.start(5);

        QElapsedTimer call;
        call.start();
        f.vault->changePassword(QStringLiteral("pw"), newPassword, newPassword);
        QVERIFY2(call.elapsed() < 50, qPrintable(QStringLiteral("changePassword took %1 ms").arg(call.elapsed())));
        QVERIFY(f.vault->busy());
        QVERIFY(f.services->session()->isLent());
        // Meanwhile the codes are still there, and a change waits its turn instead of racing the new key.
        QVERIFY(f.accounts->copyCode(f.services->filteredAccounts()->idAt(0)));
        QVERIFY(!f.accounts->setFavourite(f.services->filteredAccounts()->idAt(0), true));
        QVERIFY(f.accounts->errorString().contains(QStringLiteral("new password")));
        // From here on the event loop runs on its own: every gap is the app's (the checks above were the
        // test's own work on this thread, the first clipboard use included).
        longestGapMs = 0;
        sinceLastBeat.restart();
        QVERIFY(QTest::qWaitFor([&] { return !f.vault->busy(); }, 60000));
        heartbeat.stop();

        QVERIFY2(f.vault->errorString().isEmpty(), qPrintable(f.vault->errorString()));
        QVERIFY(!f.services->session()->isLent());
        QVERIFY2(longestGapMs < 50, qPrintable(QStringLiteral("the GUI thread stood still for %1 ms").arg(longestGapMs)));
        // The change is real: the new password opens the file, the old one does not, and the open vault
        // keeps working (and saving) under the new key.
        QVERIFY(vault::VaultStore::openWithPassword(f.path, password("correct horse battery staple")));
        QCOMPARE(vault::VaultStore::openWithPassword(f.path, password("pw")).error().code, ErrorCode::WrongPassword);
        QVERIFY2(f.accounts->setFavourite(f.services->filteredAccounts()->idAt(0), true), qPrintable(f.accounts->errorString()));
        auto reopened = vault::VaultStore::openWithPassword(f.path, password("correct horse battery staple"));
        QVERIFY(reopened);
        QVERIFY((*reopened)->vault().find(QUuid::fromString(f.services->filteredAccounts()->idAt(0)))->favourite);
    }

    void aWrongCurrentPasswordChangesNothing()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        const QString newPassword = QStringLiteral("correct horse battery staple");
        f.vault->changePassword(QStringLiteral("not it"), newPassword, newPassword);
        QVERIFY(QTest::qWaitFor([&] { return !f.vault->busy(); }, 60000));
        QVERIFY(f.vault->errorString().startsWith(QStringLiteral("Wrong password")));
        QVERIFY(!f.services->session()->isLent());
        QVERIFY(vault::VaultStore::openWithPassword(f.path, password("pw")));
        QVERIFY(f.accounts->setFavourite(f.services->filteredAccounts()->idAt(0), true)); // still usable
    }
};

QTEST_MAIN(TestPasswordChangeResponsive)
#include "test_password_change_responsive.moc"
