import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// Settings: security (auto-lock, clipboard, keychain, password), appearance, window, backups, time
// and about.
Page {
    id: page
    signal done()
    title: qsTr("Settings")

    header: AppToolBar {
        RowLayout {
            anchors.fill: parent
            ToolButton { text: "\u2190"; Accessible.name: qsTr("Back"); onClicked: page.done() }
            Label { text: page.title; font.pixelSize: 18; Layout.fillWidth: true }
        }
    }

    Connections {
        target: VaultController
        function onPasswordChanged() { passwordDialog.close(); passwordChangedLabel.visible = true }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: 24
            width: parent.width - 48
            spacing: 6

            SectionHeader { text: qsTr("Security") }
            RowLayout {
                Label { text: qsTr("Lock after"); Layout.fillWidth: true }
                SpinBox {
                    from: 0; to: 240
                    value: SettingsController.autoLockMinutes
                    textFromValue: (v) => v === 0 ? qsTr("never") : qsTr("%1 min").arg(v)
                    onValueModified: SettingsController.autoLockMinutes = value
                    Accessible.name: qsTr("Lock after this many idle minutes")
                }
            }
            Switch {
                text: qsTr("Lock when the screen locks")
                checked: SettingsController.lockOnScreenLock
                onToggled: SettingsController.lockOnScreenLock = checked
            }
            RowLayout {
                Label { text: qsTr("Clear copied codes after"); Layout.fillWidth: true }
                SpinBox {
                    from: 0; to: 300; stepSize: 5
                    value: SettingsController.clipboardClearSeconds
                    textFromValue: (v) => v === 0 ? qsTr("never") : qsTr("%1 s").arg(v)
                    onValueModified: SettingsController.clipboardClearSeconds = value
                    Accessible.name: qsTr("Clear the clipboard after this many seconds")
                }
            }
            Switch {
                text: qsTr("Unlock with the system keychain")
                checked: VaultController.keychainEnabled
                onToggled: { VaultController.setKeychainEnabled(checked); checked = Qt.binding(() => VaultController.keychainEnabled) }
            }
            Label {
                visible: VaultController.errorString !== ""
                text: VaultController.errorString
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Button { text: qsTr("Change password…"); onClicked: passwordDialog.open() }
                Label { id: passwordChangedLabel; visible: false; text: qsTr("Password changed.") }
            }

            SectionHeader { text: qsTr("Appearance") }
            RowLayout {
                Label { text: qsTr("Theme"); Layout.fillWidth: true }
                ComboBox {
                    implicitContentWidthPolicy: ComboBox.WidestText
                    model: [qsTr("Like the system"), qsTr("Light"), qsTr("Dark")]
                    currentIndex: SettingsController.theme
                    onActivated: SettingsController.theme = currentIndex
                    Accessible.name: qsTr("Theme")
                }
            }
            Switch {
                text: qsTr("Closing the window keeps Tessera in the tray")
                checked: SettingsController.closeToTray
                onToggled: SettingsController.closeToTray = checked
            }
            Switch {
                text: qsTr("Start Tessera in the tray when I log in")
                checked: SettingsController.startAtLogin
                onToggled: SettingsController.startAtLogin = checked
            }
            Label {
                visible: text !== ""
                text: SettingsController.errorString
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            SectionHeader { text: qsTr("Backups") }
            Label {
                text: qsTr("Every change keeps the previous vault (the newest 10) in:")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: VaultController.backupsFolder
                font.family: "monospace"
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
                textFormat: Text.PlainText
            }
            Button {
                text: qsTr("Open the folder")
                onClicked: Qt.openUrlExternally(VaultController.backupsFolderUrl)
            }

            SectionHeader { text: qsTr("Time") }
            Label {
                text: qsTr("Services accept a code only when this computer's clock is right to within about half a minute. Tessera measures the clock against time servers and corrects the codes; the system clock is left as it is.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 12
                Button {
                    id: syncButton
                    objectName: "syncNow"
                    text: TimeController.syncing ? qsTr("Checking…") : qsTr("Sync now")
                    enabled: !TimeController.syncing
                    onClicked: TimeController.syncNow()
                }
                BusyIndicator {
                    running: TimeController.syncing
                    visible: running
                    Layout.preferredHeight: syncButton.height
                    Layout.preferredWidth: syncButton.height
                }
                Label {
                    objectName: "timeStatus"
                    text: TimeController.statusText
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            Label {
                visible: text !== ""
                text: TimeController.sourceText
                opacity: 0.7
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "timeError"
                visible: text !== ""
                text: TimeController.errorString
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Switch {
                objectName: "correctionEnabled"
                text: qsTr("Correct codes with the measured time")
                checked: TimeController.correctionEnabled
                onToggled: TimeController.correctionEnabled = checked
            }
            Switch {
                text: qsTr("Check the clock when Tessera starts")
                checked: TimeController.syncAtStart
                onToggled: TimeController.syncAtStart = checked
            }
            RowLayout {
                Label { text: qsTr("Shift codes by hand"); Layout.fillWidth: true }
                TextField {
                    id: manualOffset
                    objectName: "manualOffset"
                    placeholderText: qsTr("seconds, e.g. 30 or -12.5")
                    Accessible.name: qsTr("Offset in seconds")
                    selectByMouse: true
                    onAccepted: if (TimeController.setManualOffset(text)) text = ""
                }
                Button {
                    text: qsTr("Apply")
                    enabled: manualOffset.text !== ""
                    onClicked: if (TimeController.setManualOffset(manualOffset.text)) manualOffset.text = ""
                }
                Button {
                    objectName: "resetTime"
                    text: qsTr("Reset")
                    Accessible.description: qsTr("Forget the correction: codes use the system clock")
                    onClicked: TimeController.resetCorrection()
                }
            }
            Label { text: qsTr("Time servers, one per line (HOST or HOST:PORT)") }
            TextArea {
                objectName: "timeServers"
                text: TimeController.servers
                font.family: "monospace"
                selectByMouse: true
                Layout.fillWidth: true
                Accessible.name: qsTr("Time servers")
                onEditingFinished: TimeController.setServers(text)
                background: Rectangle { border.color: palette.mid; color: palette.base }
            }
            Label {
                text: qsTr("Where time servers are blocked, use the time of this web address")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextField {
                objectName: "httpsUrl"
                text: TimeController.httpsUrl
                placeholderText: qsTr("https://… (empty: no fallback)")
                selectByMouse: true
                Layout.fillWidth: true
                Accessible.name: qsTr("Fallback web address")
                onEditingFinished: TimeController.setHttpsUrl(text)
            }
            Label {
                objectName: "timeInputError"
                visible: text !== ""
                text: TimeController.inputError
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            SectionHeader { text: qsTr("About") }
            Label { text: qsTr("Tessera %1 — licensed under the GNU GPL, version 3 or later.").arg(SettingsController.version); wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label { text: SettingsController.libraries; opacity: 0.7; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label { text: qsTr("Vault: %1").arg(VaultController.vaultPath); opacity: 0.7; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
            Item { Layout.preferredHeight: 24 }
        }
    }

    Dialog {
        id: passwordDialog
        objectName: "passwordDialog"
        title: qsTr("Change the vault password")
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: { current.text = ""; fresh.text = ""; repeat.text = ""; current.forceActiveFocus() }
        onAccepted: VaultController.changePassword(current.text, fresh.text, repeat.text)
        ColumnLayout {
            width: Math.min(page.width - 96, 320)
            PasswordField { id: current; placeholderText: qsTr("Current password"); Layout.fillWidth: true; Accessible.name: placeholderText }
            PasswordField { id: fresh; placeholderText: qsTr("New password"); Layout.fillWidth: true; Accessible.name: placeholderText }
            Label { text: VaultController.passwordHint(fresh.text); opacity: 0.7; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            PasswordField { id: repeat; placeholderText: qsTr("Repeat the new password"); Layout.fillWidth: true; Accessible.name: placeholderText }
            BusyIndicator { running: VaultController.busy; visible: running }
        }
    }
}
