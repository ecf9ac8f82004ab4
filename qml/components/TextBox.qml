import QtQuick
import QtQuick.Controls

// A multi-line text field with a visible frame (the desktop style draws TextArea without one).
TextArea {
    id: box
    selectByMouse: true
    background: Rectangle {
        implicitHeight: 64
        color: palette.base
        radius: 2
        border.width: box.activeFocus ? 2 : 1
        border.color: box.activeFocus ? Theme.accent : palette.mid
    }
}
