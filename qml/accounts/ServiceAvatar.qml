import QtQuick
import Tessera

// The service's mark beside an account: its icon on the brand colour, the user's own picture, or (when
// neither) the first letter on a colour that stays the same for the same issuer.
Rectangle {
    id: avatar
    property string issuer
    property string name
    property string iconSource   // from the list model (ServiceIcons.look for a preview)
    property var iconBackground  // the brand colour behind a service's icon
    readonly property string label: (issuer !== "" ? issuer : name).trim()
    readonly property bool picture: iconSource.startsWith("data:")
    readonly property bool showsIcon: iconSource !== "" && icon.status !== Image.Error

    implicitWidth: 36
    implicitHeight: 36
    radius: width / 2
    color: !showsIcon ? Theme.avatarColour(label) : picture ? "transparent" : iconBackground
    // A near-black or near-white brand colour would vanish into the window: an outline keeps the circle.
    border.width: showsIcon && !picture ? 1 : 0
    border.color: Theme.divider
    Accessible.ignored: true

    Image {
        id: icon
        visible: avatar.showsIcon
        anchors.centerIn: parent
        width: avatar.picture ? avatar.width : Math.round(avatar.width * 0.56)
        height: width
        source: avatar.iconSource
        sourceSize: Qt.size(width * 2, height * 2) // sharp at 200 %
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        smooth: true
        mipmap: true
    }
    Text {
        anchors.centerIn: parent
        visible: !avatar.showsIcon
        text: avatar.label.length > 0 ? avatar.label.charAt(0).toUpperCase() : "?"
        color: "white"
        font.pixelSize: avatar.width * 0.45
        font.weight: Font.DemiBold
    }
}
