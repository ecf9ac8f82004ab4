import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// A strip above the list about the clock: a large offset waiting for the user's yes (a forged time
// reply could claim it), a large offset the user chose not to correct, a time check that failed, or —
// as plain information, never dismissed — a correction above 30 s in use. It offers the one action
// that helps.
Rectangle {
    id: banner
    readonly property int kind: TimeController.warning
    readonly property bool asking: kind === TimeController.LargeOffsetUnconfirmed
    readonly property bool uncorrected: kind === TimeController.Uncorrected
    readonly property bool informing: kind === TimeController.CorrectionInUse
    visible: kind !== TimeController.NoWarning
    implicitHeight: visible ? row.implicitHeight + 16 : 0
    color: informing ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.12)
                     : Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.14)
    Accessible.role: informing ? Accessible.StaticText : Accessible.AlertMessage
    Accessible.name: TimeController.warningText

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8
        Label { text: banner.informing ? "\u23F1" : "\u26A0"; color: banner.informing ? Theme.accent : Theme.danger; font.pixelSize: 18 }
        Label {
            objectName: "clockWarningText"
            text: TimeController.warningText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "clockWarningAction"
            visible: !banner.informing
            text: banner.asking || banner.uncorrected ? qsTr("Correct codes")
                                                      : (TimeController.syncing ? qsTr("Checking…") : qsTr("Sync now"))
            enabled: !TimeController.syncing
            onClicked: banner.asking ? TimeController.acceptLargeOffset()
                                     : banner.uncorrected ? TimeController.correctionEnabled = true : TimeController.syncNow()
            Accessible.onPressAction: clicked()
        }
        Button {
            objectName: "clockWarningReject"
            visible: banner.asking
            text: qsTr("Not now")
            onClicked: TimeController.rejectLargeOffset()
            Accessible.onPressAction: clicked()
        }
        ToolButton {
            visible: !banner.uncorrected && !banner.asking && !banner.informing
            text: "\u2715"
            Accessible.name: qsTr("Dismiss")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: TimeController.dismissWarning()
        }
    }
}
