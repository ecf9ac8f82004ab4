import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import Tessera

// A number with − and + on either side, drawn like the fields around it; arrows and typing work too.
SpinBox {
    id: box
    editable: true
    leftPadding: 40
    rightPadding: 40
    // Fusion stacks its steps vertically and sizes the box for both; ours sit side by side.
    implicitHeight: 38
    Accessible.name: textFromValue(value, locale)

    contentItem: TextInput {
        text: box.displayText
        font: box.font
        color: Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.textOnAccent
        horizontalAlignment: Qt.AlignHCenter
        verticalAlignment: Qt.AlignVCenter
        readOnly: !box.editable
        validator: box.validator
        inputMethodHints: Qt.ImhFormattedNumbersOnly
    }
    down.indicator: Step { x: 0; iconName: "remove"; pressed: box.down.pressed; enabledStep: box.value > box.from }
    up.indicator: Step { x: box.width - width; iconName: "add"; pressed: box.up.pressed; enabledStep: box.value < box.to }
    background: Rectangle {
        implicitWidth: 150
        implicitHeight: 38
        radius: Theme.radius
        color: Theme.surface
        border.width: box.activeFocus ? 2 : 1
        border.color: box.activeFocus ? Theme.accent : Theme.border
        opacity: box.enabled ? 1 : 0.5
    }

    component Step: Rectangle {
        property string iconName
        property bool pressed
        property bool enabledStep
        implicitWidth: 36
        implicitHeight: 38
        height: box.height
        radius: Theme.radius
        color: pressed ? Theme.accentSoft : "transparent"
        IconImage {
            anchors.centerIn: parent
            source: "qrc:/icons/" + parent.iconName + ".svg"
            sourceSize: Qt.size(16, 16)
            color: parent.enabledStep ? Theme.text : Theme.border
        }
    }
}
