import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Tessera

// A button that is one symbolic icon (resources/icons/symbolic/NAME.svg) with its name as the tooltip
// and for screen readers. A click does not take the keyboard focus away from the list or field the
// user is in; Tab still reaches it. Built on the template, not on the style's ToolButton: every
// account row has one, and the style's button with its label machinery costs about four times the
// memory of this icon and background (docs/PERFORMANCE.md).
T.ToolButton {
    id: control
    property string iconName
    property string tip
    property color iconColor: Theme.text

    focusPolicy: Qt.TabFocus
    display: AbstractButton.IconOnly
    icon.source: iconName !== "" ? "qrc:/icons/" + iconName + ".svg" : ""
    icon.width: 20
    icon.height: 20
    icon.color: enabled ? iconColor : Theme.textMuted
    text: tip
    padding: 8
    implicitWidth: 40
    implicitHeight: 40

    Accessible.name: tip
    Accessible.role: Accessible.Button
    // Switch access and voice control press through the accessibility interface (Qt 6.4 does nothing
    // for a Controls button unless this is wired).
    Accessible.onPressAction: if (enabled) clicked()
    ToolTip.visible: hovered && tip !== ""
    ToolTip.delay: 600
    ToolTip.text: tip

    contentItem: IconImage {
        source: control.icon.source
        sourceSize: Qt.size(control.icon.width, control.icon.height)
        color: control.icon.color
        fillMode: Image.Pad
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.divider : control.hovered || control.checked ? Theme.raised : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
}
