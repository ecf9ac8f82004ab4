import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// The title of a group of settings or details.
Label {
    font.pixelSize: 13
    font.weight: Font.DemiBold
    color: Material.accent
    topPadding: 16
    bottomPadding: 4
    Accessible.role: Accessible.Heading
}
