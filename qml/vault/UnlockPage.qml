import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Tessera

// Unlock: the password (key derivation runs off the GUI thread), the system keychain, or, after an
// automatic lock, the PIN set for this run (PinController).
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
            id: pin
            objectName: "pin"
            visible: PinController.available || PinController.busy
            placeholderText: qsTr("PIN")
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
            enabled: !PinController.busy
            Layout.fillWidth: true
            Accessible.name: qsTr("PIN")
            onVisibleChanged: if (visible) forceActiveFocus()
            onAccepted: if (text.length >= 4) PinController.unlock(text)
            onTextChanged: PinController.clearError()
        }
        Label {
            objectName: "pinError"
            visible: pin.visible && PinController.errorString !== ""
            text: PinController.errorString
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
        }
        PasswordField {
            id: password
            objectName: "password"
            visible: !pin.visible
            placeholderText: qsTr("Vault password")
            enabled: !VaultController.busy
            Layout.fillWidth: true
            Accessible.name: qsTr("Vault password")
            onAccepted: unlock.clicked()
            onTextChanged: VaultController.clearError()
            onVisibleChanged: if (visible) forceActiveFocus()
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
                running: VaultController.busy || PinController.busy
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
                visible: pin.visible
                text: qsTr("Use the password")
                kind: "flat"
                onClicked: PinController.removePin()
            }
            ActionButton {
                id: unlock
                objectName: "unlock"
                text: qsTr("Unlock")
                kind: "primary"
                enabled: pin.visible ? !PinController.busy && pin.text.length >= 4
                                     : !VaultController.busy && password.text.length > 0
                onClicked: pin.visible ? PinController.unlock(pin.text) : VaultController.unlock(password.text)
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
