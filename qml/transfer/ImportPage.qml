import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tessera

// Bring accounts from another authenticator: pick or drop its export file, type its password when it
// is encrypted, look at what is in it (accounts Tessera has are marked), choose, add.
Page {
    id: page
    signal done()
    title: qsTr("Import from another app")
    Accessible.name: title

    background: Rectangle { color: Theme.window }
    header: HeaderBar {
        title: page.title
        backVisible: true
        onBackRequested: page.done()
    }
    Component.onDestruction: ImportController.clear()
    // Once something new is found, Enter adds what is ticked: the focus moves to that button.
    Connections {
        target: ImportController.results
        function onCountChanged() {
            if (ImportController.results.newCount > 0)
                addImported.forceActiveFocus()
        }
    }
    Connections {
        target: ImportController
        function onAdded() { page.done() }
        // The password is what the page waits for: put the cursor there.
        function onChanged() { page.focusPassword() }
        function onMessageChanged() { page.focusPassword() }
    }
    function focusPassword() { if (ImportController.needsPassword && !ImportController.busy) password.forceActiveFocus() }
    StackView.onActivated: ImportController.needsPassword ? password.forceActiveFocus() : chooseFile.forceActiveFocus()
    Shortcut { sequences: [StandardKey.Open]; onActivated: fileDialog.open() }


    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(page.width - 48, Theme.readingWidth)
            x: (page.width - width) / 2
            spacing: 10
            Item { Layout.preferredHeight: 4 }

            Label {
                text: qsTr("Export your accounts from the other app first, then open the file here or drop it on this window. Tessera recognises Aegis, 2FAS, andOTP, FreeOTP and FreeOTP+, Bitwarden, Ente Auth, Stratum (Authenticator Pro), OTPClient, Authy, LastPass, Proton Authenticator, TOTP Authenticator, Steam Guard, Duo, Google Authenticator transfer links, otpauth:// lists (WinAuth and others) and Tessera backups.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ActionButton {
                id: chooseFile
                objectName: "chooseFile"
                text: qsTr("Choose a file… (Ctrl+O)")
                kind: ImportController.fileName === "" ? "primary" : "secondary"
                enabled: !ImportController.busy
                onClicked: fileDialog.open()
            }

            GridLayout {
                visible: ImportController.fileName !== ""
                columns: 2
                columnSpacing: 12
                Label { text: qsTr("File"); color: Theme.textMuted }
                Label { objectName: "fileName"; text: ImportController.fileName; elide: Text.ElideMiddle; Layout.fillWidth: true }
                Label { text: qsTr("Format"); color: Theme.textMuted }
                ChoiceBox {
                    id: formatBox
                    objectName: "formatBox"
                    Layout.fillWidth: true
                    enabled: !ImportController.busy
                    model: [qsTr("Recognise it (%1)").arg(ImportController.detectedFormatName || qsTr("unknown"))].concat(ImportController.formatNames)
                    currentIndex: ImportController.formatIndex + 1
                    onActivated: (index) => ImportController.chooseFormat(index - 1)
                    Accessible.name: qsTr("Format of the file")
                }
            }

            RowLayout {
                visible: ImportController.needsPassword
                Layout.fillWidth: true
                PasswordField {
                    id: password
                    objectName: "sourcePassword"
                    placeholderText: qsTr("Password of the exported file")
                    Layout.fillWidth: true
                    enabled: !ImportController.busy
                    onAccepted: ImportController.unlock(text)
                    Accessible.name: placeholderText
                }
                ActionButton {
                    objectName: "openEncrypted"
                    text: qsTr("Open")
                    enabled: !ImportController.busy
                    kind: "primary"
                    onClicked: ImportController.unlock(password.text)
                }
            }

            RowLayout {
                visible: ImportController.busy
                BusyIndicator { running: ImportController.busy; Layout.preferredHeight: 32; Layout.preferredWidth: 32 }
                Label { text: qsTr("Reading the file; an encrypted one can take a few seconds…"); wrapMode: Text.WordWrap; Layout.fillWidth: true }
                ActionButton {
                    objectName: "stopImport"
                    text: qsTr("Stop")
                    onClicked: ImportController.cancel()
                    
                }
            }
            Label {
                objectName: "importMessage"
                visible: text !== ""
                text: ImportController.message
                color: ImportController.messageIsProblem ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            SectionHeader {
                visible: found.count > 0
                text: qsTr("In the %1 file").arg(ImportController.formatName)
            }
            Label {
                objectName: "nothingNew"
                visible: found.count > 0 && ImportController.results.newCount === 0
                text: found.count === 1 ? qsTr("Tessera already has this account.") : qsTr("Tessera already has all of these accounts.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                visible: found.count > 0
                ActionButton { text: qsTr("Choose all"); kind: "flat"; onClicked: ImportController.results.selectAll(true) }
                ActionButton { text: qsTr("Choose none"); kind: "flat"; onClicked: ImportController.results.selectAll(false) }
            }
            Repeater {
                id: found
                model: ImportController.results
                delegate: FoundAccountRow {
                    onToggled: (row, checked) => ImportController.results.setSelected(row, checked)
                }
            }
            Label {
                objectName: "skippedText"
                visible: text !== ""
                text: ImportController.skippedText
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "nothingNew"
                visible: found.count > 0 && ImportController.results.newCount === 0
                text: found.count === 1 ? qsTr("Tessera already has this account.") : qsTr("Tessera already has all of these accounts.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                visible: found.count > 0
                ActionButton {
                    id: addImported
                    objectName: "addImported"
                    text: ImportController.results.newCount === 0 ? qsTr("Nothing new to add") : qsTr("Add %n account(s)", "", ImportController.selectedCount)
                    enabled: ImportController.selectedCount > 0
                    kind: "primary"
                    onClicked: ImportController.addSelected()
                }
                ActionButton { text: qsTr("Cancel"); onClicked: ImportController.clear() }
            }
            Item { Layout.preferredHeight: 16 }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Open an export of another authenticator")
        fileMode: FileDialog.OpenFile
        onAccepted: ImportController.openFile(selectedFile)
    }
}
