import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Tessera

// First run: create a vault (password twice, strength hint, optional keychain unlock) or open an
// existing vault file.
Page {
    id: page
    title: qsTr("Welcome")
    Accessible.name: title
    property url importFile: ""
    background: Rectangle { color: Theme.window }
    // The password field is where a new user starts typing.
    Component.onCompleted: password.forceActiveFocus()
    StackView.onActivated: password.forceActiveFocus()

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(page.width - 48, 400)
            x: (page.width - width) / 2
            spacing: 12

            Item { Layout.preferredHeight: 24 }
            Image {
                source: "qrc:/icons/tessera.png"
                sourceSize: Qt.size(64, 64)
                Layout.preferredWidth: 64
                Layout.preferredHeight: 64
                Accessible.ignored: true
            }
            Label {
                text: qsTr("Welcome to Tessera")
                font.pixelSize: 26
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("Your sign-in codes are kept in an encrypted vault on this computer. Choose a password for it — there is no way to recover the vault without it.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            PasswordField {
                id: password
                objectName: "password"
                placeholderText: qsTr("Password")
                Layout.fillWidth: true
                Accessible.name: qsTr("New vault password")
                onAccepted: repeat.forceActiveFocus()
            }
            // Strength: a thin bar that fills and turns from red to the accent colour.
            Rectangle {
                readonly property int strength: VaultController.passwordStrength(password.text)
                Layout.fillWidth: true
                implicitHeight: 4
                radius: 2
                color: Theme.divider
                Accessible.role: Accessible.ProgressBar
                Accessible.description: VaultController.passwordHint(password.text)
                Accessible.name: qsTr("Password strength")
                Rectangle {
                    width: parent.width * parent.strength / 4
                    height: parent.height
                    radius: 2
                    color: parent.strength >= 3 ? Theme.accent : Theme.danger
                }
            }
            Label {
                text: VaultController.passwordHint(password.text)
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            PasswordField {
                id: repeat
                objectName: "repeat"
                placeholderText: qsTr("Repeat the password")
                Layout.fillWidth: true
                Accessible.name: qsTr("Repeat the password")
                onAccepted: create.clicked()
            }
            CheckOption {
                id: keychain
                objectName: "keychain"
                text: qsTr("Also unlock with the system keychain")
            }
            // Codes depend on the clock: say so before the first code, and let the user decide.
            ToggleSwitch {
                id: timeCheck
                objectName: "timeCheck"
                text: qsTr("Check this computer's clock against time servers")
                checked: TimeController.syncAtStart
                onToggled: TimeController.syncAtStart = checked
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Services accept a code only when the clock is right to within about a minute. Tessera asks public time servers (pool.ntp.org and others) at start and corrects its codes if this clock is off; nothing about your accounts is sent.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "error"
                visible: VaultController.errorString !== ""
                text: VaultController.errorString
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
            }
            RowLayout {
                Layout.fillWidth: true
                BusyIndicator { running: VaultController.busy; visible: running; Layout.preferredHeight: 40 }
                Item { Layout.fillWidth: true }
                ActionButton {
                    id: create
                    objectName: "create"
                    text: page.importFile.toString() === "" ? qsTr("Create vault") : qsTr("Create vault and import")
                    kind: "primary"
                    enabled: !VaultController.busy && password.text.length > 0
                    onClicked: {
                        if (page.importFile.toString() !== "")
                            ImportController.openWhenUnlocked(page.importFile) // shown once the vault is open
                        VaultController.createVault(password.text, repeat.text, keychain.checked)
                    }
                }
            }
            Rectangle { color: Theme.divider; implicitHeight: 1; Layout.fillWidth: true; Layout.topMargin: 8 }
            RowLayout {
                ActionButton {
                    text: qsTr("Open a vault from another computer…")
                    kind: "flat"
                    onClicked: openDialog.open()
                }
                ActionButton {
                    text: qsTr("Start by importing…")
                    kind: "flat"
                    onClicked: importDialog.open()
                }
            }
            Label {
                visible: page.importFile.toString() !== ""
                text: qsTr("After creating the vault, Tessera opens the file to import.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Vault: %1").arg(VaultController.vaultPath)
                color: Theme.textMuted
                font.pixelSize: 12
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a Tessera vault")
        nameFilters: [qsTr("Tessera vaults (*.tessera)"), qsTr("All files (*)")]
        onAccepted: VaultController.useVaultFile(selectedFile)
    }
    FileDialog {
        id: importDialog
        title: qsTr("Import another authenticator's export")
        onAccepted: page.importFile = selectedFile
    }
}
