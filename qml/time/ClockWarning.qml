import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Tessera

// The one clock message that cannot wait in the header's chip: a large offset no secure source
// confirmed (a forged time reply could claim it) asks the user before codes move by that much.
Rectangle {
    id: banner
    visible: TimeController.warning === TimeController.LargeOffsetUnconfirmed
    implicitHeight: visible ? row.implicitHeight + 20 : 0
    color: Theme.warningSoft
    Accessible.role: Accessible.AlertMessage
    Accessible.name: TimeController.warningText

    ColumnLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 10
        anchors.leftMargin: 14
        spacing: 8
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            IconImage {
                source: "qrc:/icons/warning.svg"
                sourceSize: Qt.size(20, 20)
                color: Theme.warning
                Layout.alignment: Qt.AlignTop
            }
            Label {
                objectName: "clockWarningText"
                text: TimeController.warningText
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        RowLayout {
            spacing: 8
            Layout.alignment: Qt.AlignRight
            ActionButton {
                objectName: "clockWarningReject"
                text: qsTr("Not now")
                onClicked: TimeController.rejectLargeOffset()
            }
            ActionButton {
                objectName: "clockWarningAction"
                text: qsTr("Correct codes")
                kind: "primary"
                onClicked: TimeController.acceptLargeOffset()
            }
        }
    }
}
