import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Tessera

// An on/off setting: a pill whose knob slides right and whose track fills with the accent when on (a
// tick in the knob, so the state does not rest on colour alone).
Switch {
    id: control
    spacing: 12
    // In a column it takes the column's width and its text wraps: a long label (French, Russian) must
    // not widen the whole page.
    Layout.fillWidth: true
    Accessible.name: text
    Accessible.onPressAction: if (enabled) { toggle(); toggled() }
    Accessible.onToggleAction: if (enabled) { toggle(); toggled() }

    indicator: Rectangle {
        implicitWidth: 44
        implicitHeight: 24
        x: control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: height / 2
        color: control.checked ? Theme.accent : Theme.surface
        border.width: control.checked ? 0 : 2
        border.color: Theme.border
        opacity: control.enabled ? 1 : 0.45
        Rectangle {
            width: 18
            height: 18
            radius: 9
            y: 3
            x: control.checked ? parent.width - width - 3 : 3
            color: control.checked ? Theme.textOnAccent : Theme.border
            Behavior on x { enabled: !Theme.reducedMotion; NumberAnimation { duration: 120 } }
            IconImage {
                anchors.centerIn: parent
                visible: control.checked
                source: "qrc:/icons/check.svg"
                sourceSize: Qt.size(14, 14)
                color: Theme.accent
            }
        }
        Rectangle { // focus ring
            anchors.fill: parent
            anchors.margins: -3
            radius: height / 2
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
