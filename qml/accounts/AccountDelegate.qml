import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// One account: issuer and name, the code in large digits grouped for reading, the seconds left, and
// the next code near the end of a period. Click or Enter copies; HOTP rows have "Next code".
ItemDelegate {
    id: row
    required property int index
    required property string accountId
    required property string issuer
    required property string name
    required property bool counterBased
    required property string code
    required property string nextCode
    required property bool showNext
    required property int remaining
    required property int period
    required property bool favourite

    signal copyRequested()
    signal detailsRequested()
    signal menuRequested(Item anchor)

    readonly property bool isHotp: counterBased
    // Drag the handle to arrange, in the user's own order with no search active.
    readonly property bool reorderable: AccountsController.model.canReorder
    property real restY: 0

    Drag.active: dragHandler.active
    Drag.source: row
    Drag.keys: ["tessera-account"]
    Drag.hotSpot.y: height / 2
    z: dragHandler.active ? 10 : 0
    readonly property bool ending: !isHotp && remaining <= 5

    height: 76
    focusPolicy: Qt.NoFocus
    background: Rectangle {
        color: row.highlighted ? Qt.rgba(0, 0.54, 0.48, 0.16) : row.down ? Qt.rgba(0, 0.54, 0.48, 0.10)
             : row.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.08) : "transparent"
        Rectangle { // a hairline between rows
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: palette.midlight
            opacity: 0.6
        }
    }
    onClicked: copyRequested()
    Accessible.name: qsTr("%1 %2, code %3").arg(issuer).arg(name).arg(code)
    Accessible.description: qsTr("Activate to copy the code")

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: row.menuRequested(row)
    }

    DropArea {
        anchors.fill: parent
        keys: ["tessera-account"]
        onDropped: (drop) => AccountsController.moveOnto(drop.source.accountId, row.accountId)
    }

    contentItem: RowLayout {
        spacing: 12
        Label {
            visible: row.reorderable
            text: "\u2261"
            font.pixelSize: 22
            opacity: dragHandler.active ? 1 : 0.4
            Accessible.name: qsTr("Drag to move %1").arg(row.issuer)
            DragHandler {
                id: dragHandler
                target: row
                xAxis.enabled: false
                onActiveChanged: {
                    if (active) {
                        row.restY = row.y
                    } else {
                        row.Drag.drop()
                        row.y = row.restY // if nothing moved, back in place; a move rebuilds the list
                    }
                }
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: (row.favourite ? "\u2605 " : "") + (row.issuer !== "" ? row.issuer : row.name)
                font.pixelSize: 15
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: row.issuer !== "" && row.name !== ""
                text: row.name
                opacity: 0.7
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            spacing: 0
            Label {
                text: row.code !== "" ? row.code : (row.isHotp ? "\u2022\u2022\u2022 \u2022\u2022\u2022" : "")
                font.family: "monospace"
                font.pixelSize: 26
                font.weight: Font.Medium
                color: row.ending ? Theme.danger : palette.windowText
                Layout.alignment: Qt.AlignRight
            }
            Label {
                visible: row.showNext && row.nextCode !== ""
                text: qsTr("next %1").arg(row.nextCode)
                font.family: "monospace"
                opacity: 0.7
                Layout.alignment: Qt.AlignRight
            }
        }
        // Seconds left: redrawn once a second by the model, never animated per frame.
        Rectangle {
            visible: !row.isHotp
            width: 34; height: 34; radius: 17
            color: "transparent"
            border.width: 3
            border.color: row.ending ? Theme.danger : Theme.accent
            Label {
                anchors.centerIn: parent
                text: row.remaining
                font.pixelSize: 12
            }
            Accessible.name: qsTr("%1 seconds left").arg(row.remaining)
        }
        ToolButton {
            visible: row.isHotp
            text: "\u21BB"
            font.pixelSize: 18
            Accessible.name: qsTr("Next code")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: AccountsController.nextHotpCode(row.accountId)
        }
        ToolButton {
            text: "\u22EE"
            Accessible.name: qsTr("More for %1").arg(row.issuer)
            onClicked: row.menuRequested(this)
        }
    }
}
