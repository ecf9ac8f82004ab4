// Where the window opens: kept where the user left it on that screen, and always inside the screen,
// also when the designed size is larger than a scaled-up screen.
#include "session/window_placement.h"

#include <QTest>

using namespace tessera::session;

class TestWindowPlacement : public QObject
{
    Q_OBJECT
    const QSize preferred{460, 680};
    const QSize minimum{360, 440};

private slots:
    void firstStartIsCentredAtTheDesignedSize()
    {
        const QRect placed = placeWindow({}, QRect(0, 0, 1920, 1040), preferred, minimum);
        QCOMPARE(placed.size(), preferred);
        QCOMPARE(placed.center(), QRect(0, 0, 1920, 1040).center());
    }

    // 200 % on a 1366x768 laptop: 683x384 logical pixels minus a panel. The window shrinks to fit.
    void aScaledUpScreenGetsAWindowThatFits()
    {
        const QRect available(0, 27, 683, 357);
        const QRect placed = placeWindow({}, available, preferred, QSize(300, 300));
        QVERIFY2(available.contains(placed), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(placed.x()).arg(placed.y()).arg(placed.width()).arg(placed.height())));
        QVERIFY(placed.height() <= available.height() * 9 / 10);
    }

    void aSavedPlaceIsKept()
    {
        const QRect saved(200, 100, 900, 700);
        QCOMPARE(placeWindow(saved, QRect(0, 0, 1920, 1040), preferred, minimum), saved);
    }

    // Saved on a taller screen, or partly off the edge: moved and shrunk inside, size kept where it fits.
    void aSavedPlaceThatNoLongerFitsIsMovedInside()
    {
        const QRect available(0, 0, 1280, 720);
        const QRect placed = placeWindow(QRect(1000, 300, 600, 900), available, preferred, minimum);
        QVERIFY(available.contains(placed));
        QCOMPARE(placed.width(), 600);
        QCOMPARE(placed.height(), 720);
    }

    // A place that is almost entirely off this screen (another monitor's coordinates) is not used.
    void aPlaceOffTheScreenIsIgnored()
    {
        const QRect placed = placeWindow(QRect(3000, 0, 500, 500), QRect(0, 0, 1920, 1040), preferred, minimum);
        QCOMPARE(placed.size(), preferred);
        QVERIFY(QRect(0, 0, 1920, 1040).contains(placed));
    }

    void screensAreKeyedByNameAndSize()
    {
        QCOMPARE(screenKey(QStringLiteral("DP-1"), QSize(2560, 1440)), QStringLiteral("DP-1 2560x1440"));
        QVERIFY(screenKey(QStringLiteral("DP-1"), QSize(2560, 1440)) != screenKey(QStringLiteral("DP-1"), QSize(1280, 720)));
        QCOMPARE(screenKey(QString(), QSize(800, 600)), QStringLiteral("screen 800x600"));
    }
};

QTEST_GUILESS_MAIN(TestWindowPlacement)
#include "test_window_placement.moc"
