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
                onClicked: Qt.openUrlExternally("file://" + VaultController.backupsFolder)
            }

            SectionHeader { text: qsTr("Time") }
            Label {
                text: qsTr("Codes are computed from this computer's clock. If a service says a code is wrong, check that the clock is right to within a few seconds.")
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
