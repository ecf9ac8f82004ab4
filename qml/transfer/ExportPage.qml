import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tessera

// Hand accounts to a phone: Google Authenticator transfer codes, several accounts per code, shown
// one at a time after a warning ("1 of 3"), and saved as PNG files on request.
Page {
    id: page
    signal done()
    property var accountIds: []          // empty: every account
    property bool revealed: false
    property alias chosen: chooser.chosen // ticked under "Choose accounts"
    title: qsTr("Export to a phone")
    Accessible.name: title

    background: Rectangle { color: Theme.window }
    header: HeaderBar {
        title: page.title
        backVisible: true
        onBackRequested: page.done()
    }
    Component.onDestruction: ExportController.clear()
    StackView.onActivated: showCodes.forceActiveFocus()
    focus: true
    Keys.onLeftPressed: ExportController.previous()
    Keys.onRightPressed: ExportController.next()

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(page.width - 48, Theme.readingWidth)
            x: (page.width - width) / 2
            spacing: 10
            Item { Layout.preferredHeight: 4 }

            Label {
                visible: !page.revealed
                text: qsTr("The codes hold the secret keys of your accounts: anyone who sees or photographs them can copy your accounts. Make sure nobody is watching and the screen is not shared or recorded.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: !page.revealed
                text: qsTr("On the phone, open Google Authenticator → Transfer accounts → Import accounts, then scan each code.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            // Which accounts: all, or the ones ticked here.
            AccountChooser { id: chooser; visible: !page.revealed && page.accountIds.length === 0 }
            ActionButton {
                id: showCodes
                focus: true
                objectName: "showCodes"
                visible: !page.revealed
                readonly property var ids: page.accountIds.length > 0 ? page.accountIds : chooser.ids
                text: ids.length > 0 ? qsTr("Show the codes for %n account(s)", "", ids.length) : qsTr("Show the codes for all accounts")
                enabled: page.accountIds.length > 0 || chooser.ready
                kind: "primary"
                onClicked: { ExportController.preparePhoneExport(ids); page.revealed = true; page.forceActiveFocus() }
                Keys.onReturnPressed: clicked()
            }

            Image {
                objectName: "transferCode"
                visible: page.revealed && ExportController.pageCount > 0
                source: page.revealed ? ExportController.pageSource : ""
                cache: false
                smooth: false
                fillMode: Image.PreserveAspectFit
                Layout.alignment: Qt.AlignHCenter
                // A whole number of screen pixels per module, so every module is square and sharp.
                Layout.preferredWidth: implicitWidth > 0 ? Math.max(1, Math.floor(Math.min(page.width - 48, 440) / implicitWidth)) * implicitWidth : 0
                Layout.preferredHeight: Layout.preferredWidth
                Accessible.name: qsTr("Transfer code %1").arg(ExportController.caption)
            }
            Label {
                objectName: "caption"
                visible: page.revealed && ExportController.pageCount > 0
                text: ExportController.caption
                font.pixelSize: 20
                font.bold: true
                Layout.alignment: Qt.AlignHCenter
            }
            RowLayout {
                visible: page.revealed && ExportController.pageCount > 0
                Layout.alignment: Qt.AlignHCenter
                ActionButton { objectName: "previousCode"; text: qsTr("Previous"); iconName: "back"; enabled: ExportController.pageIndex > 0; onClicked: ExportController.previous() }
                ActionButton { objectName: "nextCode"; text: qsTr("Next"); iconName: "forward"; LayoutMirroring.enabled: true; enabled: ExportController.pageIndex + 1 < ExportController.pageCount; onClicked: ExportController.next() }
                ActionButton { text: qsTr("Save as PNG…"); onClicked: folderDialog.open() }
            }
            Label {
                objectName: "notCarried"
                visible: page.revealed && text !== ""
                text: ExportController.notCarriedText
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: text !== ""
                text: ExportController.message
                color: ExportController.messageIsProblem ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Item { Layout.preferredHeight: 16 }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Save the codes in")
        onAccepted: ExportController.saveTo(selectedFolder)
    }
}
