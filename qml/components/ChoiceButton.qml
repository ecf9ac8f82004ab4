import QtQuick
import QtQuick.Controls
import Tessera

// One choice among several (a round mark filled with the accent when chosen); arrows move between
// the choices of a group, Space chooses.
RadioButton {
    id: control
    spacing: 10
    Accessible.name: text
    Accessible.onPressAction: if (enabled && !checked) { toggle(); toggled() }
    Accessible.onToggleAction: if (enabled && !checked) { toggle(); toggled() }

    indicator: Rectangle {
        implicitWidth: 20
        implicitHeight: 20
        x: control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: 10
        color: Theme.surface
        border.width: 2
        border.color: control.checked ? Theme.accent : Theme.border
        opacity: control.enabled ? 1 : 0.45
        Rectangle {
            anchors.centerIn: parent
            visible: control.checked
            width: 10; height: 10; radius: 5
            color: Theme.accent
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: width / 2
            color: "transparent"
            visible: control.visualFocus
            border.width: 2
            border.color: Theme.accent
        }
    }
    contentItem: Text {
        text: control.text
        font: control.font
        color: Theme.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: control.indicator.width + control.spacing
    }
}
