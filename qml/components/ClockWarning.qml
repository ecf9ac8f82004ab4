import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// A strip above the list when codes may be refused because of the clock: a large offset the user
// chose not to correct, or a time check that failed. It offers the one action that helps.
Rectangle {
    id: banner
    readonly property bool uncorrected: TimeController.warning === TimeController.Uncorrected
    visible: TimeController.warning !== TimeController.NoWarning
    implicitHeight: visible ? row.implicitHeight + 16 : 0
    color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.14)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: TimeController.warningText

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8
        Label { text: "\u26A0"; color: Theme.danger; font.pixelSize: 18 }
        Label {
            objectName: "clockWarningText"
            text: TimeController.warningText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "clockWarningAction"
            text: banner.uncorrected ? qsTr("Correct codes") : (TimeController.syncing ? qsTr("Checking…") : qsTr("Sync now"))
            enabled: !TimeController.syncing
            onClicked: banner.uncorrected ? TimeController.correctionEnabled = true : TimeController.syncNow()
        }
        ToolButton {
            visible: !banner.uncorrected
            text: "\u2715"
            Accessible.name: qsTr("Dismiss")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: TimeController.dismissWarning()
        }
    }
}
