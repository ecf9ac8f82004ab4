// The delays the app waits on (app/countdown.h): the real one fires once, and the clipboard guard
// clears only what it copied, when its countdown says so.
#include "manual_countdown.h"

#include "app/clipboard_guard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace tessera::bridge;
using namespace std::chrono_literals;

class TestAppTimers : public QObject
{
    Q_OBJECT
private slots:
    void theRealCountdownFiresOnceAndCanBeStopped()
    {
        TimerCountdown countdown;
        QSignalSpy expired(&countdown, &Countdown::expired);
        countdown.start(10ms);
        QVERIFY(countdown.isActive());
        QVERIFY(expired.wait(2000));
        QCOMPARE(expired.size(), 1);
        QVERIFY(!countdown.isActive()); // one shot: nothing more is due
        countdown.start(10min);
        countdown.stop();
        QVERIFY(!countdown.isActive());
    }

    void theClipboardIsClearedOnlyOfOurCode()
    {
        auto owned = std::make_unique<ManualCountdown>();
        ManualCountdown *clearing = owned.get();
        ClipboardGuard guard(std::move(owned));
        QClipboard *clipboard = QGuiApplication::clipboard();

        guard.copy(QStringLiteral("123456"), 30);
        QCOMPARE(clipboard->text(), QStringLiteral("123456"));
        QVERIFY(clipboard->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QCOMPARE(clearing->delay(), 30s);
        clearing->expire();
        QCOMPARE(clipboard->text(), QString());

        guard.copy(QStringLiteral("654321"), 30);
        clipboard->setText(QStringLiteral("the user's own text"));
        clearing->expire();
        QCOMPARE(clipboard->text(), QStringLiteral("the user's own text"));

        guard.copy(QStringLiteral("111111"), 0); // 0: the user keeps it until they copy something else
        QVERIFY(!clearing->isActive());
        guard.clearNow(); // but a lock or quit still takes it back
        QCOMPARE(clipboard->text(), QString());
    }
};

QTEST_MAIN(TestAppTimers)
#include "test_app_timers.moc"
