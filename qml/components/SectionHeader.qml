import QtQuick
import QtQuick.Controls

// The title of a group of settings or details.
Label {
    font.pixelSize: 13
    font.weight: Font.DemiBold
    color: Theme.accent
    topPadding: 16
    bottomPadding: 4
    Accessible.role: Accessible.Heading
}
