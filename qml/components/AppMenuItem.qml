import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Tessera

// One entry of an AppMenu: its text, its shortcut right-aligned, and for checkable entries a tick
// (or, with `exclusive`, a dot for one choice among several).
MenuItem {
    id: item
    property string shortcut
    property bool exclusive: false
    property string iconName
    property bool destructive: false

    implicitHeight: 34
    leftPadding: 10
    rightPadding: 14
    Accessible.name: text
    Accessible.onPressAction: if (enabled) triggered()

    contentItem: RowLayout {
        spacing: 10
        opacity: item.enabled ? 1 : 0.45
        Item {
            implicitWidth: 18
            implicitHeight: 18
            IconImage {
                anchors.centerIn: parent
                visible: item.checkable ? item.checked && !item.exclusive : item.iconName !== ""
                source: item.checkable ? "qrc:/icons/check.svg" : item.iconName !== "" ? "qrc:/icons/" + item.iconName + ".svg" : ""
                sourceSize: Qt.size(18, 18)
                color: item.destructive ? Theme.danger : item.checkable ? Theme.accent : Theme.textMuted
            }
            Rectangle {
                anchors.centerIn: parent
                visible: item.checkable && item.exclusive && item.checked
                width: 8; height: 8; radius: 4
                color: Theme.accent
            }
        }
        Label {
            text: item.text
            color: item.destructive ? Theme.danger : Theme.text
            Layout.fillWidth: true
        }
        Label {
            visible: item.shortcut !== ""
            text: item.shortcut
            color: Theme.textMuted
            Layout.leftMargin: 24
        }
    }
    indicator: Item {}
    background: Rectangle {
        radius: Theme.radius - 2
        color: item.highlighted ? Theme.raised : "transparent"
    }
}
