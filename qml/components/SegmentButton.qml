import QtQuick
import QtQuick.Controls
import Tessera

// One entry of a SegmentedTabs.
TabButton {
    id: segment
    implicitHeight: 34
    Accessible.name: text
    contentItem: Text {
        text: segment.text
        font.pixelSize: 14
        font.weight: segment.checked ? Font.DemiBold : Font.Normal
        color: segment.checked ? Theme.text : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius - 2
        color: segment.checked ? Theme.surface : segment.hovered ? Theme.divider : "transparent"
        border.width: segment.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
}
