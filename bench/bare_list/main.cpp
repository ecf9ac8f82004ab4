// The yardstick for the GUI figures: a bare Qt Quick window with a list of 100 rows whose text is
// updated once a second by one timer, and nothing else. Tessera should cost no more than this.
#include <QGuiApplication>
#include <QQmlApplicationEngine>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(R"(
import QtQuick
import QtQuick.Controls
ApplicationWindow {
    title: "bare-list"
    width: 460; height: 680; visible: true
    property int tick: 0
    Timer { interval: 1000; repeat: true; running: true; onTriggered: tick++ }
    ListView {
        anchors.fill: parent
        model: 100
        delegate: ItemDelegate {
            required property int index
            width: ListView.view.width
            height: 76
            text: "Account " + index + "   " + ((index * 7919 + tick) % 1000000) + "   " + (30 - tick % 30)
        }
    }
}
)");
    return engine.rootObjects().isEmpty() ? 1 : QGuiApplication::exec();
}
