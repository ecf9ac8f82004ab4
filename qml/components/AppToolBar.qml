import QtQuick
import QtQuick.Controls

// The header bar of every page, in Tessera's accent colour with light text and controls.
ToolBar {
    palette.windowText: Theme.textOnAccent
    palette.buttonText: Theme.textOnAccent
    palette.button: Qt.darker(Theme.accent, 1.15)
    palette.text: Theme.textOnAccent
    palette.base: Qt.darker(Theme.accent, 1.2)
    palette.highlight: Qt.lighter(Theme.accent, 1.4)
    background: Rectangle {
        implicitHeight: 48
        color: Theme.accent
    }
}
