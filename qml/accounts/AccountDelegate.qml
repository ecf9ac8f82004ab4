import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Tessera

// One account as a card: the service's mark, issuer and name, the code in large grouped digits with
// the next one below it near the end of a period (its place is kept, so nothing jumps), and a ring
// that empties with the seconds left. Click or Enter copies; right-click opens the menu at the pointer.
T.ItemDelegate {
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
    property bool dragging: false
    property alias menuButton: more

    Drag.active: dragging
    Drag.source: row
    Drag.keys: ["tessera-account"]
    Drag.hotSpot.y: height / 2
    z: dragging ? 10 : 0
    spacing: compact ? 10 : 12

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
    // Built only while a screen reader listens: it changes every second (AssistiveTechnology).
    Accessible.name: !AssistiveTechnology.active ? "" : isHotp
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

    // What only some rows need is made only for them: every row scrolled into view is built or
    // refilled, so a lean row keeps 10,000 accounts smooth and 100 of them light (docs/PERFORMANCE.md).
    // The drag handle, shown on hover in the user's own order, is drawn over the card's left edge
    // rather than in the row, so the row never moves.
    Loader {
        active: row.reorderable && (row.hovered || row.dragging)
        x: 6
        anchors.verticalCenter: parent.verticalCenter
        sourceComponent: IconButton {
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
                target: row
                xAxis.enabled: false
                onActiveChanged: {
                    if (active) {
                        row.restY = row.y
                        row.dragging = true
                    } else {
                        row.Drag.drop()
                        row.dragging = false
                        row.y = row.restY // if nothing moved, back in place; a move rebuilds the list
                    }
                }
            }
        }
    }

    Loader {
        active: row.reorderable
        anchors.fill: parent
        sourceComponent: DropArea {
            keys: ["tessera-account"]
            onDropped: (drop) => AccountsController.moveOnto(drop.source.accountId, row.accountId)
        }
    }

    // Anchors rather than layouts, and plain text items: the same places for a fraction of the cost.
    contentItem: Item {
        implicitHeight: Math.max(avatar.implicitHeight, texts.implicitHeight, codeBox.implicitHeight)

        ServiceAvatar {
            id: avatar
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            issuer: row.issuer
            name: row.name
            iconSource: row.iconSource
            iconBackground: row.iconBackground
            width: row.compact ? 28 : 36
            height: width
        }
        Item {
            id: texts
            anchors.left: avatar.right
            anchors.leftMargin: row.spacing
            anchors.right: codeBox.left
            anchors.rightMargin: row.spacing
            anchors.verticalCenter: parent.verticalCenter
            implicitHeight: titleText.implicitHeight + (nameText.visible ? 1 + nameText.implicitHeight : 0)
            height: implicitHeight
            // Its natural width, shrinking (and eliding) only when the row is too narrow; the star
            // follows the name.
            Text {
                id: titleText
                width: Math.min(implicitWidth, texts.width - (row.favourite ? star.width + 4 : 0))
                text: row.title
                color: Theme.text
                font.pixelSize: row.compact ? 14 : 15
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            IconImage {
                id: star
                visible: row.favourite
                anchors.left: titleText.right
                anchors.leftMargin: 4
                anchors.verticalCenter: titleText.verticalCenter
                source: row.favourite ? "qrc:/icons/star-filled.svg" : ""
                sourceSize: Qt.size(14, 14)
                color: Theme.warning
                Accessible.name: qsTr("Favourite")
            }
            Text {
                id: nameText
                visible: row.issuer !== "" && row.name !== ""
                y: titleText.implicitHeight + 1
                width: texts.width
                text: row.name
                color: Theme.textMuted
                font.pixelSize: row.compact ? 12 : 13
                elide: Text.ElideRight
            }
        }
        // The code, and below it (in a place always kept) the next one near the end of a period.
        Item {
            id: codeBox
            anchors.right: row.isHotp ? hotpButton.left : ring.left
            anchors.rightMargin: row.spacing
            anchors.verticalCenter: parent.verticalCenter
            implicitWidth: Math.max(codeText.implicitWidth, nextText.implicitWidth)
            implicitHeight: codeText.implicitHeight
            width: implicitWidth
            height: implicitHeight
            Text {
                id: codeText
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
            Text {
                id: nextText
                anchors.right: parent.right
                anchors.top: codeText.bottom
                visible: !row.compact && row.showNext && row.nextCode !== ""
                text: qsTr("next %1").arg(row.nextCode)
                font.family: "monospace"
                font.pixelSize: 12
                color: Theme.textMuted
            }
        }
        // Seconds left: redrawn once a second by the model, never animated per frame.
        CountdownRing {
            id: ring
            visible: !row.isHotp
            anchors.right: more.left
            anchors.rightMargin: row.spacing
            anchors.verticalCenter: parent.verticalCenter
            width: row.compact ? 24 : 30
            height: width
            fraction: row.period > 0 ? row.remaining / row.period : 0
            color: row.ending ? Theme.danger : Theme.accent
            trackColor: Theme.divider
            lineWidth: 3
            text: row.compact || row.isHotp ? "" : row.remaining
            textColor: row.ending ? Theme.danger : Theme.textMuted
            textPixelSize: 11
            Accessible.ignored: true
        }
        Loader {
            id: hotpButton
            active: row.isHotp
            anchors.right: more.left
            anchors.rightMargin: row.spacing
            anchors.verticalCenter: parent.verticalCenter
            width: active ? implicitWidth : 0
            sourceComponent: IconButton {
                iconName: "refresh"
                tip: qsTr("Next code")
                onClicked: AccountsController.nextHotpCode(row.accountId)
            }
        }
        IconButton {
            id: more
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            iconName: "more"
            tip: qsTr("More for %1").arg(row.title)
            onClicked: row.menuRequested(false, 0, 0)
        }
    }
}
