import QtQuick
import QtQuick.Controls
import Tessera

// A multi-line field with the same rounded edge and focus ring as InputField.
TextArea {
    id: box
    selectByMouse: true
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.accent
    selectedTextColor: Theme.textOnAccent
    padding: 10
    Accessible.name: placeholderText
    background: Rectangle {
        implicitHeight: 72
        radius: Theme.radius
        color: Theme.surface
        border.width: box.activeFocus ? 2 : 1
        border.color: box.activeFocus ? Theme.accent : Theme.border
    }
}
