// The QML module loads from the static plugin, offscreen, without a single warning.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TesseraPlugin)

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void loadsWithoutWarnings()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Tessera/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QCOMPARE(window->title(), QStringLiteral("Tessera"));
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
