// The Wayland path of the global shortcut against a stand-in GlobalShortcuts portal on a private session
// bus (stand_in_shortcut_portal.py): the session is made and the shortcut bound with the trigger in the
// portal's form, a press the portal announces reaches the app, and a refusal is said.
#include "desktop/global_shortcut.h"
#include "desktop/linux/shortcut_backends_linux.h"

#include "stand_in_portal.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera::bridge;

class TestPortalShortcut : public QObject
{
    Q_OBJECT


    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    }

private slots:
    void init()
    {
        QVERIFY(StandInPortal::noPortalLeft());
    }

    void theShortcutIsBoundAndItsPressArrives()
    {
        QTemporaryDir dir;
        const QString triggers = dir.filePath(QStringLiteral("triggers"));
        StandInPortal portal(QStringLiteral(TESSERA_STAND_IN_PORTAL), triggers);
        QVERIFY(portal.ready());
        GlobalShortcut shortcut(openPortalShortcut());
        QCOMPARE(shortcut.kind(), ShortcutBackend::Kind::Portal);
        QSignalSpy problems(&shortcut, &GlobalShortcut::problemChanged);
        QSignalSpy activated(&shortcut, &GlobalShortcut::activated);
        shortcut.bind(QKeySequence(QStringLiteral("Ctrl+Alt+O")));
        QTRY_COMPARE_WITH_TIMEOUT(read(triggers), QStringLiteral("quick-picker CTRL+ALT+o"), 5000);
        QTest::qWait(200); // the Response
        QCOMPARE(shortcut.problem(), QString());
        QDBusMessage press = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.portal.Desktop"),
                                                            QStringLiteral("/org/freedesktop/portal/desktop"),
                                                            QStringLiteral("org.tessera.Test"), QStringLiteral("Press"));
        press << QStringLiteral("quick-picker");
        QDBusConnection::sessionBus().call(press);
        QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 5000);
        press.setArguments({QStringLiteral("another-apps-shortcut")});
        QDBusConnection::sessionBus().call(press);
        QTest::qWait(300);
        QCOMPARE(activated.count(), 1); // only ours
    }

    void aRefusalIsSaid()
    {
        QTemporaryDir dir;
        StandInPortal portal(QStringLiteral(TESSERA_STAND_IN_PORTAL), dir.filePath(QStringLiteral("triggers")), true);
        QVERIFY(portal.ready());
        GlobalShortcut shortcut(openPortalShortcut());
        shortcut.bind(QKeySequence(QStringLiteral("Ctrl+Alt+O")));
        QTRY_VERIFY_WITH_TIMEOUT(shortcut.problem().contains(QStringLiteral("did not grant")), 5000);
    }
};

QTEST_GUILESS_MAIN(TestPortalShortcut)
#include "test_portal_shortcut.moc"
