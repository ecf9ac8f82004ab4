import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// The header bar of every page. The background is drawn plainly so it looks the same with the
// software renderer (remote desktops, virtual machines), where Material's elevation effect is absent.
ToolBar {
    Material.foreground: "white"
    background: Rectangle {
        implicitHeight: 48
        color: Material.primary
    }
}
