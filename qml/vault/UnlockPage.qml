import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Tessera

// Unlock: the password (key derivation runs off the GUI thread) or the system keychain.
Page {
    id: page
    title: qsTr("Unlock")
    Accessible.name: title

    Component.onCompleted: {
        if (VaultController.keychainEnabled)
            VaultController.unlockWithKeychain()
        password.forceActiveFocus()
    }

    ColumnLayout {
        width: Math.min(page.width - 48, 360)
        anchors.centerIn: parent
        spacing: 12

        Label {
            text: qsTr("Tessera is locked")
            font.pixelSize: 24
            font.weight: Font.DemiBold
            Layout.alignment: Qt.AlignHCenter
            Accessible.role: Accessible.Heading
        }
        PasswordField {
            id: password
            objectName: "password"
            placeholderText: qsTr("Vault password")
            enabled: !VaultController.busy
            Layout.fillWidth: true
            Accessible.name: qsTr("Vault password")
            onAccepted: unlock.clicked()
            onTextChanged: VaultController.clearError()
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
        Label {
            visible: VaultController.notice !== ""
            text: VaultController.notice
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            BusyIndicator {
                running: VaultController.busy
                visible: running
                Layout.preferredHeight: 40
                Accessible.name: qsTr("Unlocking")
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                visible: VaultController.keychainEnabled
                text: qsTr("Use keychain")
                kind: "flat"
                enabled: !VaultController.busy
                onClicked: VaultController.unlockWithKeychain()
            }
            ActionButton {
                id: unlock
                objectName: "unlock"
                text: qsTr("Unlock")
                kind: "primary"
                enabled: !VaultController.busy && password.text.length > 0
                onClicked: VaultController.unlock(password.text)
            }
        }
        ActionButton {
            text: qsTr("Open another vault…")
            kind: "flat"
            Layout.alignment: Qt.AlignHCenter
            onClicked: openDialog.open()
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a Tessera vault")
        nameFilters: [qsTr("Tessera vaults (*.tessera)"), qsTr("All files (*)")]
        onAccepted: VaultController.useVaultFile(selectedFile)
    }
}
