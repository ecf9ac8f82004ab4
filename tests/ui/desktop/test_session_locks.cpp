// The vault locks itself when the user walks away: after the idle time without input in Tessera, when
// the session's screen locks (a screen saver's ActiveChanged on the session bus, sent here by
// dbus-send in a private D-Bus session), and from the tray menu; the desktop shell wires each to the
// vault. Shoulder surfers and whoever sits down at an unlocked computer later find it locked.
#include "gui_fixture.h"
#include "manual_countdown.h"

#include "accounts/account_filter_model.h"
#include "desktop/desktop_shell.h"
#include "desktop/idle_lock.h"
#include "desktop/screen_lock_monitor.h"
#include "desktop/tray_icon.h"

#include <QKeyEvent>
#include <QProcess>
#include <QQuickWindow>
#include <QAction>
#include <QMenu>
#include <QSignalSpy>

using namespace tessera::bridge;
using namespace std::chrono_literals;

namespace {

bool sendScreenSaverActive(const char *service, bool active)
{
    return QProcess::execute(QStringLiteral("dbus-send"),
                             {QStringLiteral("--session"), QStringLiteral("--type=signal"), QStringLiteral("/"),
                              QStringLiteral("%1.ActiveChanged").arg(QLatin1String(service)),
                              QStringLiteral("boolean:%1").arg(active ? QStringLiteral("true") : QStringLiteral("false"))}) == 0;
}

} // namespace

class TestSessionLocks : public QObject
{
    Q_OBJECT
private slots:
    void idleTimeLocksAndInputPostponesIt()
    {
        auto owned = std::make_unique<ManualCountdown>();
        ManualCountdown *countdown = owned.get();
        IdleLock idle(std::move(owned));
        qApp->installEventFilter(&idle);
        QSignalSpy locks(&idle, &IdleLock::lockRequested);
        QObject target;
        idle.setIdleTimeout(600ms);
        QVERIFY(countdown->isActive());
        QCOMPARE(countdown->delay(), 600ms);
        for (int i = 1; i <= 5; ++i) { // every key press starts the wait again from that moment
            QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
            QCoreApplication::sendEvent(&target, &key);
            QCOMPARE(countdown->starts(), 1 + i);
            QCOMPARE(countdown->delay(), 600ms);
        }
        QCOMPARE(locks.size(), 0);
        countdown->expire(); // then quiet for the whole wait: it locks
        QCOMPARE(locks.size(), 1);
        idle.setIdleTimeout(0ms);
        QVERIFY(!countdown->isActive());
        idle.userWasActive();
        QVERIFY(!countdown->isActive()); // 0 means never: nothing counts down
        QCOMPARE(locks.size(), 1);
        qApp->removeEventFilter(&idle);
    }

    void screenSaversAreHeard()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through dbus-run-session (ctest does)");
        QVERIFY(ScreenLockMonitor::isSupported());
        ScreenLockMonitor monitor;
        QSignalSpy locked(&monitor, &ScreenLockMonitor::screenLocked);
        QVERIFY(sendScreenSaverActive("org.freedesktop.ScreenSaver", false)); // unlocking is not locking
        QVERIFY(sendScreenSaverActive("org.freedesktop.ScreenSaver", true)); // KDE, Xfce, …
        // Signals arrive in order: once the second is heard, the first was too, and it locked nothing.
        QTRY_COMPARE_WITH_TIMEOUT(locked.size(), 1, 3000);
        QVERIFY(sendScreenSaverActive("org.gnome.ScreenSaver", true)); // GNOME
        QTRY_COMPARE_WITH_TIMEOUT(locked.size(), 2, 3000);
    }

    void theShellLocksTheVaultForEachOfThem()
    {
        GuiFixture f;
        QQuickWindow window;
        DesktopShell shell(&window, f.services, f.vault, f.settings);
        const auto unlocked = [&] { return f.vault->state() == VaultController::Unlocked; };

        QVERIFY(f.unlock());
        QVERIFY(sendScreenSaverActive("org.freedesktop.ScreenSaver", true));
        QTRY_VERIFY_WITH_TIMEOUT(!unlocked(), 3000);

        QVERIFY(f.unlock());
        auto *idle = shell.findChild<IdleLock *>();
        QVERIFY(idle);
        emit idle->lockRequested(); // the idle time ran out (its timing: the test above)
        QVERIFY(!unlocked());

        QVERIFY(f.unlock());
        auto *tray = shell.findChild<TrayIcon *>();
        QVERIFY(tray);
        emit tray->lockRequested(); // the tray menu's Lock
        QVERIFY(!unlocked());

        f.settings->setLockOnScreenLock(false); // the user's choice is kept
        QVERIFY(f.unlock());
        auto *monitor = shell.findChild<ScreenLockMonitor *>();
        QVERIFY(monitor);
        QSignalSpy heard(monitor, &ScreenLockMonitor::screenLocked);
        QVERIFY(sendScreenSaverActive("org.freedesktop.ScreenSaver", true));
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 3000); // the shell heard it too, and kept the vault open
        QVERIFY(unlocked());
    }

    // The tray lists the favourites while unlocked; a click copies that account's code; the lock
    // takes them away.
    void theTrayListsFavouritesAndCopiesTheirCodes()
    {
        GuiFixture f;
        QQuickWindow window;
        DesktopShell shell(&window, f.services, f.vault, f.settings);
        QList<QUuid> copied;
        shell.setCopyCode([&](const QUuid &id) { copied.append(id); });
        const auto favouriteEntries = [&] {
            QStringList names;
            for (QAction *action : shell.tray()->menu()->actions())
                if (action->text().startsWith(QStringLiteral("Copy the code for ")))
                    names.append(action->text());
            return names;
        };
        QVERIFY(favouriteEntries().isEmpty()); // locked: nothing
        QVERIFY(f.unlock());
        QVERIFY(favouriteEntries().isEmpty()); // no favourites yet
        const QString gcore = f.services->filteredAccounts()->idAt(0);
        QVERIFY(f.accounts->setFavourite(gcore, true));
        QCOMPARE(favouriteEntries(), QStringList{QStringLiteral("Copy the code for Gcore (me@example.com)")});
        for (QAction *action : shell.tray()->menu()->actions())
            if (action->text().startsWith(QStringLiteral("Copy the code for ")))
                action->trigger();
        QCOMPARE(copied, QList<QUuid>{QUuid::fromString(gcore)});
        f.vault->lock();
        QVERIFY(favouriteEntries().isEmpty());
    }
};

QTEST_MAIN(TestSessionLocks)
#include "test_session_locks.moc"
