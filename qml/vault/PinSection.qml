import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// Settings, Security: quick unlock with a PIN after an automatic lock, for this run of the app.
ColumnLayout {
    Layout.fillWidth: true
    spacing: 6

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: PinController.isSet ? qsTr("Quick unlock with a PIN: on until Tessera quits")
                                      : qsTr("Quick unlock with a PIN")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: "setPin"
            text: PinController.isSet ? qsTr("Change PIN…") : qsTr("Set a PIN…")
            enabled: VaultController.state === VaultController.Unlocked
            onClicked: { pin.clear(); repeat.clear(); PinController.clearError(); pinDialog.open() }
        }
        ActionButton {
            objectName: "removePin"
            visible: PinController.isSet
            kind: "flat"
            text: qsTr("Remove")
            onClicked: PinController.removePin()
        }
    }
    Label {
        text: qsTr("After an automatic lock (idle time, screen lock) a PIN of 4 to 8 digits unlocks Tessera "
                   + "instead of the password. It is kept in memory only, for this run: locking by hand, "
                   + "quitting or three wrong PINs forget it.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    Label {
        objectName: "pinMessage"
        visible: PinController.message !== ""
        text: PinController.message
        color: PinController.messageIsProblem ? Theme.danger : Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    ModalDialog {
        id: pinDialog
        objectName: "pinDialog"
        title: qsTr("Set a PIN")
        acceptText: qsTr("Set PIN")
        acceptEnabled: pin.text.length >= 4 && repeat.text.length >= 4
        onOpened: pin.forceActiveFocus()
        onAccepted: PinController.setPin(pin.text, repeat.text)
        PasswordField {
            id: pin
            objectName: "newPin"
            placeholderText: qsTr("PIN (4 to 8 digits)")
            Accessible.name: placeholderText
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
            Layout.fillWidth: true
        }
        PasswordField {
            id: repeat
            objectName: "repeatPin"
            placeholderText: qsTr("The same PIN again")
            Accessible.name: placeholderText
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
            Layout.fillWidth: true
        }
    }
}
