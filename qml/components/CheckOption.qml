import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import Tessera

// A box to tick, for choices that are not settings (which found accounts to add, which recovery codes
// are used).
CheckBox {
    id: control
    spacing: 10
    Accessible.name: text
    Accessible.onPressAction: if (enabled) { toggle(); toggled() }
    Accessible.onToggleAction: if (enabled) { toggle(); toggled() }

    indicator: Rectangle {
        implicitWidth: 20
        implicitHeight: 20
        x: control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: 5
        color: control.checked ? Theme.accent : Theme.surface
        border.width: control.checked ? 0 : 2
        border.color: Theme.border
        opacity: control.enabled ? 1 : 0.45
        IconImage {
            anchors.centerIn: parent
            visible: control.checked
            source: "qrc:/icons/check.svg"
            sourceSize: Qt.size(16, 16)
            color: Theme.textOnAccent
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: 7
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
