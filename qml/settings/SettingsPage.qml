import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tessera

// Settings: security (auto-lock, clipboard, keychain, password), appearance, window, backups (and a
// deliberate restore), quick access (the picker's shortcut), several computers (moving the vault into
// a sync folder), time and about.
Page {
    id: page
    signal done()
    title: qsTr("Settings")
    Accessible.name: title

    background: Rectangle { color: Theme.window }
    header: HeaderBar {
        title: page.title
        backVisible: true
        onBackRequested: page.done()
    }

    Connections {
        target: VaultController
        function onPasswordChanged() { passwordDialog.close(); passwordChangedLabel.visible = true }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(page.width - 48, Theme.readingWidth)
            x: (page.width - width) / 2
            spacing: 6

            SectionHeader { text: qsTr("Security") }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Lock after"); wrapMode: Text.WordWrap; Layout.fillWidth: true }
                NumberBox {
                    from: 0; to: 240
                    value: SettingsController.autoLockMinutes
                    textFromValue: (v) => v === 0 ? qsTr("never") : qsTr("%1 min").arg(v)
                    onValueModified: SettingsController.autoLockMinutes = value
                    Accessible.name: qsTr("Lock after this many idle minutes")
                }
            }
            ToggleSwitch {
                text: qsTr("Lock when the screen locks")
                objectName: "lockOnScreenLock"
                checked: SettingsController.lockOnScreenLock
                onToggled: SettingsController.lockOnScreenLock = checked
            }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Clear copied codes after"); wrapMode: Text.WordWrap; Layout.fillWidth: true }
                NumberBox {
                    from: 0; to: 300; stepSize: 5
                    value: SettingsController.clipboardClearSeconds
                    textFromValue: (v) => v === 0 ? qsTr("never") : qsTr("%1 s").arg(v)
                    onValueModified: SettingsController.clipboardClearSeconds = value
                    Accessible.name: qsTr("Clear the clipboard after this many seconds")
                }
            }
            CliAccessSection {}
            PinSection {}
            ToggleSwitch {
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
                Layout.fillWidth: true
                ActionButton { objectName: "changePassword"; text: qsTr("Change password…"); onClicked: passwordDialog.open() }
                Label { id: passwordChangedLabel; visible: false; text: qsTr("Password changed.") }
            }

            SectionHeader { text: qsTr("Appearance") }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Theme"); wrapMode: Text.WordWrap; Layout.fillWidth: true }
                ChoiceBox {
                    implicitContentWidthPolicy: ComboBox.WidestText
                    model: [qsTr("Like the system"), qsTr("Light"), qsTr("Dark")]
                    currentIndex: SettingsController.theme
                    onActivated: SettingsController.theme = currentIndex
                    Accessible.name: qsTr("Theme")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Language"); wrapMode: Text.WordWrap; Layout.fillWidth: true }
                ChoiceBox {
                    objectName: "language"
                    implicitContentWidthPolicy: ComboBox.WidestText
                    // The system's choice first, then each language in its own name.
                    model: [{ code: "", name: qsTr("Like the system") }].concat(SettingsController.languages)
                    textRole: "name"
                    valueRole: "code"
                    Component.onCompleted: currentIndex = indexOfValue(SettingsController.language)
                    onActivated: SettingsController.language = currentValue
                    Accessible.name: qsTr("Language")
                }
            }
            ToggleSwitch {
                text: qsTr("Closing the window keeps Tessera in the tray")
                checked: SettingsController.closeToTray
                onToggled: SettingsController.closeToTray = checked
            }
            ToggleSwitch {
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

            IconPacksSection { Layout.fillWidth: true }

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
            RowLayout {
                Layout.fillWidth: true
                ActionButton {
                    text: qsTr("Open the folder")
                    onClicked: Qt.openUrlExternally(VaultController.backupsFolderUrl)
                }
                ActionButton {
                    objectName: "restoreBackup"
                    text: qsTr("Restore a backup…")
                    onClicked: restoreDialog.open()
                }
            }
            Label {
                text: SyncController.secondBackupFolder === ""
                      ? qsTr("A second folder (a USB stick, another sync folder) can receive an encrypted copy after each change.")
                      : qsTr("An encrypted copy also goes to: %1").arg(SyncController.secondBackupFolder)
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
                textFormat: Text.PlainText
            }
            Label {
                visible: SyncController.secondBackupProblem !== ""
                text: qsTr("The last copy could not go there: %1").arg(SyncController.secondBackupProblem)
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                ActionButton {
                    objectName: "secondBackupFolder"
                    text: SyncController.secondBackupFolder === "" ? qsTr("Choose a second folder…") : qsTr("Change…")
                    onClicked: secondFolderDialog.open()
                }
                ActionButton {
                    visible: SyncController.secondBackupFolder !== ""
                    text: qsTr("Stop")
                    onClicked: SyncController.setSecondBackupFolder("")
                }
            }

            QuickAccessSection {}

            BrowserIntegrationSection {}

            SectionHeader { text: qsTr("Several computers") }
            Label {
                text: qsTr("Keep the vault in a folder a sync tool shares (Syncthing, Nextcloud, Dropbox, OneDrive, "
                           + "iCloud Drive) and open it on each computer: changes made on both are merged, and the "
                           + "copies a sync tool leaves beside it are merged too.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "moveVault"
                text: qsTr("Move to another folder…")
                onClicked: moveDialog.open()
            }
            Label {
                visible: SyncController.message !== ""
                text: SyncController.message
                color: SyncController.messageIsProblem ? Theme.danger : Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            SectionHeader { text: qsTr("Time") }
            Label {
                text: qsTr("Services accept a code only when this computer's clock is right to within about half a minute. Tessera measures the clock against time servers and corrects the codes; the system clock is left as it is.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                ActionButton {
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
                color: Theme.textMuted
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
            ToggleSwitch {
                objectName: "correctionEnabled"
                text: qsTr("Correct codes with the measured time")
                checked: TimeController.correctionEnabled
                onToggled: TimeController.correctionEnabled = checked
            }
            ToggleSwitch {
                text: qsTr("Check the clock when Tessera starts")
                checked: TimeController.syncAtStart
                onToggled: TimeController.syncAtStart = checked
            }
            // The label above its field: beside it, the field and two buttons did not fit 460 px in
            // German, and a row that cannot shrink widens every row of the page.
            Label { text: qsTr("Shift codes by hand"); wrapMode: Text.WordWrap; Layout.fillWidth: true }
            RowLayout {
                Layout.fillWidth: true
                InputField {
                    id: manualOffset
                    objectName: "manualOffset"
                    placeholderText: qsTr("seconds, e.g. 30 or -12.5")
                    Accessible.name: qsTr("Offset in seconds")
                    selectByMouse: true
                    Layout.fillWidth: true
                    Layout.minimumWidth: 120
                    onAccepted: if (TimeController.setManualOffset(text)) text = ""
                }
                ActionButton {
                    text: qsTr("Apply")
                    enabled: manualOffset.text !== ""
                    onClicked: if (TimeController.setManualOffset(manualOffset.text)) manualOffset.text = ""
                }
                ActionButton {
                    objectName: "resetTime"
                    text: qsTr("Reset")
                    Accessible.description: qsTr("Forget the correction: codes use the system clock")
                    onClicked: TimeController.resetCorrection()
                }
            }
            Label { text: qsTr("Time servers, one per line (HOST or HOST:PORT)") }
            TextBox {
                objectName: "timeServers"
                text: TimeController.servers
                font.family: "monospace"
                Layout.fillWidth: true
                Accessible.name: qsTr("Time servers")
                onEditingFinished: TimeController.setServers(text)
            }
            Label {
                text: qsTr("Where time servers are blocked, use the time of this web address")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            InputField {
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
            Label { text: SettingsController.libraries; color: Theme.textMuted; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label {
                objectName: "iconCredits"
                text: qsTr("Service icons: %1 (simpleicons.org, CC0). Brand icons are trademarks of their respective owners; their use does not imply endorsement.").arg(ServiceIcons.version)
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label { text: qsTr("Vault: %1").arg(VaultController.vaultPath); color: Theme.textMuted; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
            Item { Layout.preferredHeight: 24 }
        }
    }

    FileDialog {
        id: restoreDialog
        title: qsTr("Restore a backup")
        currentFolder: VaultController.backupsFolderUrl
        nameFilters: [qsTr("Tessera vaults (*.tessera)"), qsTr("All files (*)")]
        onAccepted: { confirmRestore.backup = selectedFile; confirmRestore.open() }
    }
    ModalDialog {
        id: confirmRestore
        property url backup
        title: qsTr("Restore this backup?")
        text: qsTr("The accounts become those of the backup, on this computer and on every computer that shares "
                   + "the vault. The vault as it is now is kept in the backups.")
        acceptText: qsTr("Restore")
        onAccepted: SyncController.restoreBackup(backup)
    }
    FolderDialog {
        id: secondFolderDialog
        title: qsTr("A second folder for backups")
        onAccepted: SyncController.setSecondBackupFolder(selectedFolder)
    }
    FolderDialog {
        id: moveDialog
        title: qsTr("Move the vault to a folder")
        onAccepted: SyncController.moveVault(selectedFolder)
    }

    ModalDialog {
        id: passwordDialog
        objectName: "passwordDialog"
        title: qsTr("Change the vault password")
        acceptText: qsTr("Change password")
        acceptEnabled: current.text.length > 0 && fresh.text.length > 0 && !VaultController.busy
        onOpened: { current.text = ""; fresh.text = ""; repeat.text = ""; current.forceActiveFocus() }
        onAccepted: VaultController.changePassword(current.text, fresh.text, repeat.text)
        PasswordField { id: current; placeholderText: qsTr("Current password"); Layout.fillWidth: true; Accessible.name: placeholderText }
        PasswordField { id: fresh; placeholderText: qsTr("New password"); Layout.fillWidth: true; Accessible.name: placeholderText }
        Label { text: VaultController.passwordHint(fresh.text); color: Theme.textMuted; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        PasswordField { id: repeat; placeholderText: qsTr("Repeat the new password"); Layout.fillWidth: true; Accessible.name: placeholderText }
        BusyIndicator { running: VaultController.busy; visible: running }
    }
}
