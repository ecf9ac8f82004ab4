import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Tessera

// The clock's state in the header: a clock icon, with a few words in the warning colour when the
// clock is unchecked or off. A click opens the details (the same sentences as Settings → Time) with
// the one action that helps.
AbstractButton {
    id: chip
    objectName: "clockChip"
    readonly property bool warn: TimeController.summaryIsWarning
    readonly property int kind: TimeController.warning
    // A narrow header shows the icon alone (the words are in the tooltip and the details).
    property bool showText: true

    focusPolicy: Qt.TabFocus
    padding: 8
    implicitHeight: 32
    implicitWidth: row.implicitWidth + leftPadding + rightPadding
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Clock: %1").arg(TimeController.summaryText)
    Accessible.description: TimeController.statusText
    Accessible.onPressAction: clicked()
    ToolTip.visible: hovered && !details.visible
    ToolTip.delay: 600
    ToolTip.text: TimeController.statusText
    onClicked: details.open()

    contentItem: RowLayout {
        id: row
        spacing: 6
        IconImage {
            source: chip.warn ? "qrc:/icons/warning.svg" : "qrc:/icons/clock.svg"
            sourceSize: Qt.size(18, 18)
            color: chip.warn ? Theme.warning : Theme.textMuted
        }
        Label {
            objectName: "clockChipText"
            visible: chip.warn && chip.showText
            text: TimeController.summaryText
            color: Theme.warning
            font.weight: Font.DemiBold
        }
    }
    background: Rectangle {
        radius: height / 2
        color: chip.warn ? Theme.warningSoft : chip.hovered ? Theme.surface : "transparent"
        border.width: chip.visualFocus ? 2 : chip.warn ? 1 : 0
        border.color: chip.visualFocus ? Theme.accent : Theme.warning
    }

    Popup {
        id: details
        objectName: "clockDetails"
        property Item focusBefore: null
        y: chip.height + 6
        x: Math.min(0, (chip.parent ? chip.parent.width : 0) - width - chip.x)
        width: 320
        padding: 16
        focus: true
        onAboutToShow: focusBefore = chip.Window.activeFocusItem
        onClosed: if (focusBefore) focusBefore.forceActiveFocus()
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: 1
            border.color: Theme.border
        }
        contentItem: ColumnLayout {
            spacing: 8
            Label {
                text: qsTr("Clock")
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "clockStatus"
                text: chip.kind === TimeController.SyncFailed || chip.kind === TimeController.ClockChanged
                      ? TimeController.warningText : TimeController.statusText
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: text !== ""
                text: TimeController.sourceText
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                ActionButton {
                    objectName: "clockCorrect"
                    visible: chip.kind === TimeController.Uncorrected
                    text: qsTr("Correct codes")
                    kind: "primary"
                    onClicked: TimeController.correctionEnabled = true
                }
                ActionButton {
                    objectName: "clockSync"
                    text: TimeController.syncing ? qsTr("Checking…") : qsTr("Check now")
                    kind: chip.kind === TimeController.Uncorrected ? "secondary" : "primary"
                    enabled: !TimeController.syncing
                    onClicked: TimeController.syncNow()
                }
            }
        }
    }
}
