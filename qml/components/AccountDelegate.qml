import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
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
    required property string kind
    required property string code
    required property string nextCode
    required property bool showNext
    required property int remaining
    required property int period
    required property bool favourite

    signal copyRequested()
    signal detailsRequested()
    signal moveRequested(string beforeId)

    readonly property bool isHotp: kind === "hotp"
    readonly property bool ending: !isHotp && remaining <= 5

    height: 76
    focusPolicy: Qt.NoFocus
    onClicked: copyRequested()
    Accessible.name: qsTr("%1 %2, code %3").arg(issuer).arg(name).arg(code)
    Accessible.description: qsTr("Activate to copy the code")

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: menu.popup()
    }

    contentItem: RowLayout {
        spacing: 12
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
                color: row.ending ? Material.color(Material.Red) : Material.foreground
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
            border.color: row.ending ? Material.color(Material.Red) : Material.accent
            opacity: 0.4 + 0.6 * (row.period > 0 ? row.remaining / row.period : 0)
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
            onClicked: menu.popup()
        }
    }

    Menu {
        id: menu
        MenuItem { text: qsTr("Copy code"); onTriggered: row.copyRequested() }
        MenuItem { text: qsTr("Details and recovery codes…"); onTriggered: row.detailsRequested() }
        MenuItem {
            text: row.favourite ? qsTr("Remove from favourites") : qsTr("Add to favourites")
            onTriggered: AccountsController.setFavourite(row.accountId, !row.favourite)
        }
        MenuItem {
            text: qsTr("Move up")
            enabled: row.index > 0 && AccountsController.model.sortMode === AccountFilterModel.Manual
            onTriggered: row.moveRequested(AccountsController.model.idAt(row.index - 1))
        }
        MenuItem {
            text: qsTr("Move down")
            enabled: row.index < AccountsController.model.count - 1 && AccountsController.model.sortMode === AccountFilterModel.Manual
            onTriggered: row.moveRequested(AccountsController.model.idAt(row.index + 2))
        }
        MenuSeparator {}
        MenuItem { text: qsTr("Delete"); onTriggered: AccountsController.remove(row.accountId) }
    }
}
