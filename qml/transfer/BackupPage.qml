import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tessera

// Save the accounts to a file: an encrypted Tessera backup, a file for another app, or a printable
// sheet of recovery codes. Files that hold secrets unencrypted are written only after a warning.
Page {
    id: page
    signal done()
    property int kind: FileExportController.TesseraBackup
    readonly property bool needsPassword: FileExportController.needsPassword(kind)
    readonly property bool plain: FileExportController.isPlain(kind)
    property url savedSheet: ""           // the recovery sheet just written, to open for printing
    title: qsTr("Back up or export to a file")
    Accessible.name: title
    Connections {
        target: FileExportController
        function onSaved(path) { if (page.kind === FileExportController.RecoverySheet) page.savedSheet = FileExportController.urlOf(path) }
    }

    background: Rectangle { color: Theme.window }
    header: HeaderBar {
        title: page.title
        backVisible: true
        onBackRequested: page.done()
    }
    Component.onDestruction: FileExportController.clearMessage()
    onKindChanged: { understood.checked = false; FileExportController.clearMessage() }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(page.width - 48, Theme.readingWidth)
            x: (page.width - width) / 2
            spacing: 6
            Item { Layout.preferredHeight: 4 }

            component Choice: ColumnLayout {
                id: choice
                required property int value
                property alias text: button.text
                property string detail
                spacing: 0
                Layout.fillWidth: true
                ChoiceButton {
                    id: button
                    checked: page.kind === choice.value
                    onToggled: if (checked) page.kind = choice.value
                }
                Label {
                    text: choice.detail
                    leftPadding: button.leftPadding + button.indicator.width + button.spacing
                    color: Theme.textMuted
                    font.pixelSize: 12
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            Choice {
                objectName: "kindTessera"
                value: FileExportController.TesseraBackup
                text: qsTr("Tessera backup")
                detail: qsTr("Everything, encrypted with a password of its own: groups, notes and recovery codes too.")
            }
            Choice {
                objectName: "kindAegis"
                value: FileExportController.AegisEncrypted
                text: qsTr("Aegis (encrypted)")
                detail: qsTr("For Aegis on Android and every app that imports Aegis files.")
            }
            Choice {
                objectName: "kindAegisPlain"
                value: FileExportController.AegisPlain
                text: qsTr("Aegis (not encrypted)")
                detail: qsTr("For apps that cannot open an encrypted Aegis file.")
            }
            Choice {
                objectName: "kindOtpauth"
                value: FileExportController.OtpauthList
                text: qsTr("otpauth:// links")
                detail: qsTr("One link per line; 2FAS, Ente, FreeOTP+, WinAuth and most apps read it.")
            }
            Choice {
                objectName: "kindSheet"
                value: FileExportController.RecoverySheet
                text: qsTr("Printable sheet of recovery codes")
                detail: qsTr("The services' backup codes, to print and keep in a drawer.")
            }

            SectionHeader { text: qsTr("Accounts") }
            AccountChooser { id: chooser; objectName: "accountChooser" }

            Label {
                objectName: "plainWarning"
                visible: page.plain
                text: qsTr("This file will hold your secrets unencrypted: anyone who gets it can sign in as you. Save it only where nobody else can read it, and delete it once it has been imported or printed.")
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            CheckOption {
                id: understood
                objectName: "understood"
                visible: page.plain
                text: qsTr("I understand")
            }
            PasswordField {
                id: password
                objectName: "exportPassword"
                visible: page.needsPassword
                placeholderText: qsTr("Password for the file")
                Layout.fillWidth: true
                Layout.topMargin: 8
                Accessible.name: placeholderText
            }
            PasswordField {
                id: repeated
                objectName: "exportPasswordRepeated"
                visible: page.needsPassword
                placeholderText: qsTr("The password again")
                Layout.fillWidth: true
                Accessible.name: placeholderText
                onAccepted: saveButton.clicked()
            }
            Label {
                visible: page.needsPassword
                text: qsTr("You will need this password to import the file; Tessera cannot recover it.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.topMargin: 8
                ActionButton {
                    id: saveButton
                    objectName: "saveExport"
                    text: qsTr("Save…")
                    kind: "primary"
                    enabled: !FileExportController.busy && chooser.ready && (page.plain ? understood.checked
                                                                       : password.text.length > 0 && repeated.text.length > 0)
                    onClicked: saveDialog.open()
                }
                BusyIndicator { visible: FileExportController.busy; running: visible; Layout.preferredHeight: 32; Layout.preferredWidth: 32 }
            }
            ActionButton {
                objectName: "openSheet"
                visible: page.kind === FileExportController.RecoverySheet && page.savedSheet.toString() !== ""
                text: qsTr("Open the sheet to print it")
                onClicked: Qt.openUrlExternally(page.savedSheet)
            }
            Label {
                objectName: "exportMessage"
                visible: text !== ""
                text: FileExportController.message
                color: FileExportController.messageIsProblem ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Item { Layout.preferredHeight: 16 }
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the export")
        fileMode: FileDialog.SaveFile
        selectedFile: FileExportController.suggestedFile(page.kind)
        currentFolder: FileExportController.suggestedFolder()
        onAccepted: FileExportController.save(page.kind, selectedFile, password.text, repeated.text, chooser.ids)
    }
}
