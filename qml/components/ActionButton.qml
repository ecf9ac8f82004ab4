import QtQuick
import QtQuick.Controls
import Tessera

// A text button named by what it does. kind: "primary" (the page's or dialog's default action, filled
// with the accent), "destructive" (Delete and the like), "secondary" (outlined) or "flat". Enter and
// Space both press it when it has the focus.
Button {
    id: control
    property string kind: "secondary"
    property string iconName

    readonly property color fill: kind === "primary" ? Theme.accent : kind === "destructive" ? Theme.danger : "transparent"
    readonly property color ink: kind === "primary" ? Theme.textOnAccent : kind === "destructive" ? Theme.textOnDanger
                                : kind === "flat" ? Theme.accent : Theme.text

    icon.source: iconName !== "" ? "qrc:/icons/" + iconName + ".svg" : ""
    icon.width: 18
    icon.height: 18
    icon.color: ink
    leftPadding: 16
    rightPadding: 16
    topPadding: 8
    bottomPadding: 8
    implicitHeight: Math.max(36, implicitContentHeight + topPadding + bottomPadding)
    font.weight: Font.DemiBold
    palette.buttonText: ink

    Accessible.name: text
    Accessible.role: Accessible.Button
    Accessible.onPressAction: if (enabled) clicked()
    Keys.onShortcutOverride: (event) => event.accepted = (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        implicitWidth: 88
        radius: Theme.radius
        color: control.kind === "primary" || control.kind === "destructive"
               ? (control.down ? Qt.darker(control.fill, 1.15) : control.fill)
               : control.down ? Theme.divider : control.hovered ? Theme.raised : "transparent"
        opacity: control.enabled ? 1 : 0.45
        border.width: control.visualFocus ? 2 : control.kind === "secondary" ? 1 : 0
        border.color: control.visualFocus ? (control.kind === "primary" ? Theme.text : Theme.accent) : Theme.border
    }
}
