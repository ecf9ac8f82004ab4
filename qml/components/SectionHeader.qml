import QtQuick
import QtQuick.Controls
import Tessera

// The title of a group of settings or details.
Label {
    font.pixelSize: 13
    font.weight: Font.DemiBold
    color: Theme.accent
    topPadding: 20
    bottomPadding: 6
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
