import QtQuick
import QtQuick.Templates as T
import Tessera

// One account in the quick picker: its mark, issuer and name, and the code with its seconds left.
T.ItemDelegate {
    id: row
    required property int index
    required property string issuer
    required property string name
    required property string code
    required property bool counterBased
    required property int remaining
    required property string iconSource
    required property var iconBackground

    implicitHeight: 52
    focusPolicy: Qt.NoFocus
    leftPadding: 10
    rightPadding: 12
    background: Rectangle {
        radius: Theme.radius
        color: row.highlighted ? Theme.accentSoft : row.hovered ? Theme.raised : "transparent"
        border.width: row.highlighted ? 1 : 0
        border.color: Theme.accent
    }
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2").arg(issuer).arg(name)
    Accessible.description: qsTr("Press Enter to copy the code")
    Accessible.onPressAction: row.clicked()

    contentItem: Item {
        ServiceAvatar {
            id: avatar
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            width: 30
            height: 30
            issuer: row.issuer
            name: row.name
            iconSource: row.iconSource
            iconBackground: row.iconBackground
        }
        Column {
            anchors.left: avatar.right
            anchors.leftMargin: 10
            anchors.right: codeText.left
            anchors.rightMargin: 10
            anchors.verticalCenter: parent.verticalCenter
            Text {
                width: parent.width
                text: row.issuer !== "" ? row.issuer : row.name
                color: Theme.text
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                visible: row.issuer !== "" && row.name !== ""
                text: row.name
                color: Theme.textMuted
                font.pixelSize: 12
                elide: Text.ElideRight
            }
        }
        Text {
            id: codeText
            anchors.right: seconds.left
            anchors.rightMargin: 8
            anchors.verticalCenter: parent.verticalCenter
            text: row.counterBased && row.code === "" ? "••• •••" : row.code
            color: Theme.text
            font.pixelSize: 20
            font.family: "monospace"
        }
        Text {
            id: seconds
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            width: 24
            horizontalAlignment: Text.AlignRight
            text: row.counterBased ? "" : row.remaining
            color: row.remaining <= 5 ? Theme.danger : Theme.textMuted
            font.pixelSize: 12
        }
    }
}
