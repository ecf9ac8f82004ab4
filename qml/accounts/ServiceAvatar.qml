import QtQuick
import QtQuick.Controls
import Tessera

// The service's mark beside an account: its icon when Tessera has one, otherwise the first letter on
// a colour that stays the same for the same issuer.
Rectangle {
    id: avatar
    property string issuer
    property string name
    readonly property string label: (issuer !== "" ? issuer : name).trim()

    implicitWidth: 36
    implicitHeight: 36
    radius: width / 2
    color: Theme.avatarColour(label)
    Accessible.ignored: true

    Label {
        anchors.centerIn: parent
        text: avatar.label.length > 0 ? avatar.label.charAt(0).toUpperCase() : "?"
        color: "white"
        font.pixelSize: avatar.width * 0.45
        font.weight: Font.DemiBold
    }
}
