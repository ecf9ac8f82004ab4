// Auto-type on Wayland, through a stand-in RemoteDesktop portal on a private session bus
// (stand_in_remote_desktop_portal.py): the first typing of a run opens a keyboard session (the desktop's
// dialog), the code arrives as key presses and releases in order, the next typing uses the same session,
// and a user who cancels the dialog gets nothing typed and a sentence that says so.
#include "desktop/auto_type.h"
#include "desktop/linux/typing_backends_linux.h"

#include "stand_in_portal.h"

#include <QDBusConnection>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera::bridge;

class TestPortalTyping : public QObject
{
    Q_OBJECT


    static QStringList lines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    static QStringList keysFor(const QString &text)
    {
        QStringList keys;
        for (const QChar c : text)
            keys << QStringLiteral("key %1 1").arg(QStringLiteral("0x%1").arg(c.unicode(), 0, 16))
                 << QStringLiteral("key %1 0").arg(QStringLiteral("0x%1").arg(c.unicode(), 0, 16));
        return keys;
    }

private slots:
    void init()
    {
        QVERIFY(StandInPortal::noPortalLeft());
    }

    void theCodeIsTypedThroughOneKeyboardSession()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("log"));
        StandInPortal portal(QStringLiteral(TESSERA_STAND_IN_PORTAL), log);
        QVERIFY(portal.ready());
        AutoType typing(openPortalTyping());
        QVERIFY(typing.canType());
        QSignalSpy finished(&typing, &AutoType::finished);
        typing.rememberOrigin();
        typing.typeIntoOrigin(QStringLiteral("528064"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toString(), QString());
        QStringList expected{QStringLiteral("select 1"), QStringLiteral("start")};
        expected << keysFor(QStringLiteral("528064"));
        QTRY_COMPARE_WITH_TIMEOUT(lines(log), expected, 5000);

        typing.typeIntoOrigin(QStringLiteral("BCD23")); // Steam's letters; no second dialog
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().toString(), QString());
        expected << keysFor(QStringLiteral("BCD23"));
        QTRY_COMPARE_WITH_TIMEOUT(lines(log), expected, 5000);
    }

    void aCancelledDialogTypesNothingAndSaysSo()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("log"));
        StandInPortal portal(QStringLiteral(TESSERA_STAND_IN_PORTAL), log, true);
        QVERIFY(portal.ready());
        AutoType typing(openPortalTyping());
        QSignalSpy finished(&typing, &AutoType::finished);
        typing.rememberOrigin();
        typing.typeIntoOrigin(QStringLiteral("528064"));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toString().contains(QStringLiteral("did not let Tessera type")));
        QTest::qWait(200);
        QCOMPARE(lines(log), (QStringList{QStringLiteral("select 1"), QStringLiteral("start")}));
    }

    void withoutThePortalWaylandCopiesInstead()
    {
        // Not on Wayland here, and no portal: the Linux chooser falls back to copying with a reason.
        if (qgetenv("QT_QPA_PLATFORM") == "xcb")
            QSKIP("X11 types through XTEST");
        AutoType typing;
        QVERIFY(!typing.canType());
        QVERIFY(!typing.cannotType().isEmpty());
    }
};

QTEST_MAIN(TestPortalTyping)
#include "test_portal_typing.moc"
