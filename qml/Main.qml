import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Placeholder window until the desktop-app work lands: it proves the module, the static plugin and
// the start-up path, and tells the user where things stand.
ApplicationWindow {
    id: window
    title: qsTr("Tessera")
    width: 420
    height: 560
    minimumWidth: 320
    minimumHeight: 400
    visible: true

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 360)
        spacing: 12

        Label {
            text: qsTr("Tessera")
            font.pixelSize: 28
            font.weight: Font.DemiBold
            Layout.alignment: Qt.AlignHCenter
            Accessible.role: Accessible.Heading
        }
        Label {
            text: qsTr("Your authenticator codes will appear here.")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Until then, the command line computes them:")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            opacity: 0.7
            Layout.fillWidth: true
        }
        Label {
            text: "tessera-cli code --secret KEY"
            font.family: "monospace"
            opacity: 0.7
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
