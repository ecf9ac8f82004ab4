import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Tessera

// The approval prompt for tessera-cli: shown over everything while a request waits, naming the process
// (its PID and terminal) and what it wants. Allow once, Allow for 10 minutes, or Deny (also Esc, and
// the button that has the keyboard first, so a stray Enter gives nothing away).
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
        deny.forceActiveFocus()
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
            text: qsTr("If you did not just run tessera-cli, choose Deny.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            ActionButton {
                objectName: "allowOnce"
                kind: "primary"
                text: qsTr("Allow once")
                onClicked: CliRequestsController.allowOnce()
            }
            ActionButton {
                objectName: "allowTenMinutes"
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
