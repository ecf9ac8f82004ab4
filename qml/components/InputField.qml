import QtQuick
import QtQuick.Controls
import Tessera

// A one-line field: rounded, with an edge strong enough to find (3:1), an accent ring while typing,
// a red edge while `invalid`, and a placeholder that stays readable in both themes.
TextField {
    id: field
    property bool invalid: false

    selectByMouse: true
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.accent
    selectedTextColor: Theme.textOnAccent
    leftPadding: 12
    rightPadding: 12
    topPadding: 8
    bottomPadding: 8
    Accessible.name: placeholderText

    background: Rectangle {
        implicitWidth: 200
        implicitHeight: 38
        radius: Theme.radius
        color: Theme.surface
        border.width: field.activeFocus || field.invalid ? 2 : 1
        border.color: field.invalid ? Theme.danger : field.activeFocus ? Theme.accent : Theme.border
        opacity: field.enabled ? 1 : 0.5
    }
}
