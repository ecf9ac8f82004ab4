import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Tessera

// One account as a card: the service's mark, issuer and name, the code in large grouped digits with
// the next one below it near the end of a period (its place is kept, so nothing jumps), and a ring
// that empties with the seconds left. Click or Enter copies; right-click opens the menu at the pointer.
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
    required property string iconSource
    required property var iconBackground

    signal copyRequested()
    signal detailsRequested()
    // At the pointer (x, y in the row) when `atPointer`, else below the row's menu button (keyboard).
    signal menuRequested(bool atPointer, real x, real y)

    readonly property bool isHotp: counterBased
    readonly property bool reorderable: AccountsController.model.canReorder
    readonly property bool ending: !isHotp && remaining <= 5
    readonly property bool compact: Theme.compact
    readonly property string title: issuer !== "" ? issuer : name
    property real restY: 0
    property alias menuButton: more

    Drag.active: dragHandler.active
    Drag.source: row
    Drag.keys: ["tessera-account"]
    Drag.hotSpot.y: height / 2
    z: dragHandler.active ? 10 : 0

    focusPolicy: Qt.NoFocus
    padding: 0
    leftInset: 4
    rightInset: 4
    topInset: 3
    bottomInset: 3
    // Room for the drag handle in the user's own order, kept while it is hidden so nothing shifts.
    leftPadding: reorderable ? 26 : 14
    rightPadding: 8
    background: Rectangle {
        radius: Theme.radius
        color: row.highlighted ? Theme.accentSoft : row.hovered ? Theme.raised : Theme.surface
        border.width: row.highlighted ? 2 : 1
        border.color: row.highlighted ? Theme.accent : Theme.divider
    }
    onClicked: copyRequested()
    Accessible.role: Accessible.ListItem
    Accessible.name: isHotp
        ? qsTr("%1, %2, counter-based code, activate for the next code").arg(issuer).arg(name)
        : qsTr("%1, %2, code %3, %n second(s) left", "", remaining).arg(issuer).arg(name).arg(code)
    Accessible.description: qsTr("Press Enter to copy the code, the menu key for more")
    Accessible.onPressAction: copyRequested()

    // The right button only opens the menu: this area takes it before the delegate, which in Qt 6.4
    // would treat any button as a click (and copy). Below the row's buttons, above the row itself.
    MouseArea {
        anchors.fill: parent
        z: -1
        acceptedButtons: Qt.RightButton
        // The click's own position: QCursor is not reliable on Wayland.
        onClicked: (mouse) => row.menuRequested(true, mouse.x, mouse.y)
    }

    // Shown on hover; drawn over the card's left edge rather than in the row, so the row never moves.
    IconButton {
        visible: row.reorderable && (row.hovered || dragHandler.active)
        x: 6
        anchors.verticalCenter: parent.verticalCenter
        iconName: "drag"
        tip: qsTr("Drag to move %1").arg(row.title)
        iconColor: Theme.textMuted
        focusPolicy: Qt.NoFocus
        implicitWidth: 20
        implicitHeight: 32
        padding: 1
        icon.width: 18
        icon.height: 18
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

    DropArea {
        anchors.fill: parent
        keys: ["tessera-account"]
        onDropped: (drop) => AccountsController.moveOnto(drop.source.accountId, row.accountId)
    }

    contentItem: RowLayout {
        spacing: row.compact ? 10 : 12
        ServiceAvatar {
            issuer: row.issuer
            name: row.name
            iconSource: row.iconSource
            iconBackground: row.iconBackground
            implicitWidth: row.compact ? 28 : 36
            implicitHeight: implicitWidth
        }
        ColumnLayout {
            spacing: 1
            Layout.fillWidth: true
            RowLayout {
                spacing: 4
                Layout.fillWidth: true
                Label {
                    text: row.title
                    color: Theme.text
                    font.pixelSize: row.compact ? 14 : 15
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    // Its natural width, shrinking (and eliding) only when the row is too narrow; the
                    // star follows the name and the filler takes the rest.
                    Layout.fillWidth: false
                    Layout.minimumWidth: 0
                }
                IconImageStar { visible: row.favourite }
                Item { Layout.fillWidth: true }
            }
            Label {
                visible: row.issuer !== "" && row.name !== ""
                text: row.name
                color: Theme.textMuted
                font.pixelSize: row.compact ? 12 : 13
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        // The code, and below it (in a place always kept) the next one near the end of a period.
        Item {
            implicitWidth: Math.max(codeLabel.implicitWidth, nextLabel.implicitWidth)
            implicitHeight: codeLabel.implicitHeight
            Label {
                id: codeLabel
                objectName: "code"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.verticalCenterOffset: row.compact ? 0 : -6
                text: row.code !== "" ? row.code : (row.isHotp ? "\u2022\u2022\u2022 \u2022\u2022\u2022" : "")
                font.family: "monospace"
                font.pixelSize: row.compact ? 20 : 24
                font.weight: Font.DemiBold
                color: row.ending ? Theme.danger : Theme.text
            }
            Label {
                id: nextLabel
                anchors.right: parent.right
                anchors.top: codeLabel.bottom
                visible: !row.compact && row.showNext && row.nextCode !== ""
                text: qsTr("next %1").arg(row.nextCode)
                font.family: "monospace"
                font.pixelSize: 12
                color: Theme.textMuted
            }
        }
        // Seconds left: redrawn once a second by the model, never animated per frame.
        CountdownRing {
            visible: !row.isHotp
            implicitWidth: row.compact ? 24 : 30
            implicitHeight: implicitWidth
            fraction: row.period > 0 ? row.remaining / row.period : 0
            color: row.ending ? Theme.danger : Theme.accent
            trackColor: Theme.divider
            lineWidth: 3
            Accessible.ignored: true
            Label {
                anchors.centerIn: parent
                visible: !row.compact
                text: row.remaining
                color: row.ending ? Theme.danger : Theme.textMuted
                font.pixelSize: 11
            }
        }
        IconButton {
            visible: row.isHotp
            iconName: "refresh"
            tip: qsTr("Next code")
            onClicked: AccountsController.nextHotpCode(row.accountId)
        }
        IconButton {
            id: more
            iconName: "more"
            tip: qsTr("More for %1").arg(row.title)
            onClicked: row.menuRequested(false, 0, 0)
        }
    }

    component IconImageStar: IconImage {
        source: "qrc:/icons/star-filled.svg"
        sourceSize: Qt.size(14, 14)
        color: Theme.warning
        Accessible.name: qsTr("Favourite")
    }
}
