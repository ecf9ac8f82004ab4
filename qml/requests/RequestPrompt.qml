import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Tessera

// The approval prompt for tessera-cli: shown over everything while a request waits, naming the process
// (its PID and terminal) and what it wants. Allow once, Allow for 10 minutes, or Deny (also Esc, and
// the button that has the keyboard first, so a stray Enter gives nothing away). When the request came
// while Tessera was locked after an automatic lock, the PIN set for this run is asked for instead: typing
// it (Enter, or Unlock and allow) unlocks Tessera and allows this one request.
Window {
    id: prompt
    objectName: "cliPrompt"
    title: qsTr("Tessera — allow tessera-cli?")
    flags: Qt.Dialog | Qt.WindowStaysOnTopHint
    width: 460
    height: content.implicitHeight + 32
    minimumWidth: 360
    color: Theme.window
    visible: CliRequestsController.asking

    // In the middle of the screen, where the eye is, whether or not a window manager places it.
    onVisibleChanged: if (visible) present()
    Component.onCompleted: if (visible) present() // made for the first request: already showing
    function present() {
        x = Screen.virtualX + (Screen.width - width) / 2
        y = Screen.virtualY + (Screen.height - height) / 3
        raise()
        requestActivate()
        focusFirst()
    }
    function focusFirst() {
        if (CliRequestsController.needsPin) {
            pin.clear()
            PinController.clearError() // a wrong PIN typed elsewhere earlier is not this prompt's
            pin.forceActiveFocus()
        } else {
            deny.forceActiveFocus()
        }
    }
    Connections {
        target: CliRequestsController
        function onPromptChanged() { if (prompt.visible) prompt.focusFirst() }
    }

    ColumnLayout {
        id: content
        x: 16
        y: 16
        width: parent.width - 32
        spacing: 12
        Label {
            objectName: "cliPromptText"
            Layout.fillWidth: true
            text: CliRequestsController.prompt
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: CliRequestsController.needsPin
                  ? qsTr("Tessera is locked. Your PIN unlocks it and allows this request; if you did not just "
                         + "run tessera-cli, choose Deny.")
                  : qsTr("If you did not just run tessera-cli, choose Deny.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        PasswordField {
            id: pin
            objectName: "cliPromptPin"
            visible: CliRequestsController.needsPin
            Layout.fillWidth: true
            placeholderText: qsTr("PIN")
            Accessible.name: placeholderText
            inputMethodHints: Qt.ImhDigitsOnly
            enabled: !PinController.busy
            onAccepted: if (text !== "") CliRequestsController.allowOnceWithPin(text)
            Keys.onEscapePressed: CliRequestsController.deny()
            Connections {
                target: PinController
                function onErrorStringChanged() { if (PinController.errorString !== "") pin.clear() }
            }
        }
        Label {
            objectName: "cliPromptPinMessage"
            Layout.fillWidth: true
            visible: CliRequestsController.needsPin && text !== ""
            text: PinController.busy ? qsTr("Unlocking…") : PinController.errorString
            color: PinController.busy ? Theme.textMuted : Theme.danger
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            ActionButton {
                objectName: "unlockAndAllow"
                visible: CliRequestsController.needsPin
                kind: "primary"
                text: qsTr("Unlock and allow once")
                enabled: pin.text !== "" && !PinController.busy
                onClicked: CliRequestsController.allowOnceWithPin(pin.text)
            }
            ActionButton {
                objectName: "allowOnce"
                visible: !CliRequestsController.needsPin
                kind: "primary"
                text: qsTr("Allow once")
                onClicked: CliRequestsController.allowOnce()
            }
            ActionButton {
                objectName: "allowTenMinutes"
                visible: !CliRequestsController.needsPin
                text: qsTr("Allow for 10 minutes")
                onClicked: CliRequestsController.allowForTenMinutes()
            }
            ActionButton {
                id: deny
                objectName: "deny"
                kind: "destructive"
                text: qsTr("Deny")
                onClicked: CliRequestsController.deny()
            }
        }
    }
    Shortcut {
        sequence: "Esc"
        onActivated: CliRequestsController.deny()
    }
}
