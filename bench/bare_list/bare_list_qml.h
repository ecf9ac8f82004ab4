#pragma once
// The yardstick for the GUI figures: a bare Qt Quick window with a list whose text one timer updates
// once a second, and nothing else. bench_bare_list shows it with 100 rows for the idle figures;
// bench_gui_scale scrolls it with 10,000 rows beside Tessera.
#include <QByteArray>

inline QByteArray bareListQml(int rows)
{
    return QByteArray(R"(
import QtQuick
import QtQuick.Controls
ApplicationWindow {
    title: "bare-list"
    width: 460; height: 680; visible: true
    property int tick: 0
    Timer { interval: 1000; repeat: true; running: true; onTriggered: tick++ }
    ListView {
        objectName: "list"
        anchors.fill: parent
        model: ROWS
        delegate: ItemDelegate {
            required property int index
            width: ListView.view.width
            height: 76
            text: "Account " + index + "   " + ((index * 7919 + tick) % 1000000) + "   " + (30 - tick % 30)
        }
    }
}
)").replace("ROWS", QByteArray::number(rows));
}
