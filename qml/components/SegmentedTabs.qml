import QtQuick
import QtQuick.Controls
import Tessera

// Two or three ways to do one thing, side by side in one rounded frame (SegmentButton entries); the
// chosen one is filled.
TabBar {
    id: bar
    padding: 3
    spacing: 3
    background: Rectangle {
        radius: Theme.radius
        color: Theme.raised
        border.width: 1
        border.color: Theme.border
    }
}
