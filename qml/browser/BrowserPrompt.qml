import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Tessera

// The browser extension's questions, shown over everything while one waits: a browser to pair ("Allow
// Chromium to request codes from Tessera?": Allow / Deny) or a site to fill codes on ("Fill codes on
// github.com?": Always / Once / Never). The refusing button has the keyboard first and Esc refuses, so a
// stray Enter gives nothing away.
Window {
    id: prompt
    objectName: "browserPrompt"
    title: BrowserRequestsController.pairing ? qsTr("Tessera — allow a browser?") : qsTr("Tessera — fill a code?")
    flags: Qt.Dialog | Qt.WindowStaysOnTopHint
    width: 460
    height: content.implicitHeight + 32
    minimumWidth: 360
    color: Theme.window
    visible: BrowserRequestsController.asking

    onVisibleChanged: if (visible) present()
    // Closed by the window manager: the same as the refusing button, so no request is left waiting unseen.
    onClosing: (close) => {
        close.accepted = false
        BrowserRequestsController.deny()
    }
    Component.onCompleted: if (visible) present()
    function present() {
        x = Screen.virtualX + (Screen.width - width) / 2
        y = Screen.virtualY + (Screen.height - height) / 3
        raise()
        requestActivate()
        refuse.forceActiveFocus()
    }
    Connections {
        target: BrowserRequestsController
        function onPromptChanged() { if (prompt.visible) refuse.forceActiveFocus() }
    }

    ColumnLayout {
        id: content
        x: 16
        y: 16
        width: parent.width - 32
        spacing: 12
        Label {
            objectName: "browserPromptText"
            Layout.fillWidth: true
            text: BrowserRequestsController.prompt
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: BrowserRequestsController.pairing
                  ? qsTr("The Tessera extension in this browser asks to be paired. Once allowed, it can ask for "
                         + "the codes of the websites you answer Always or Once for. If you did not just ask "
                         + "for a code in your browser, choose Deny.")
                  : qsTr("The page asks for a code. Always fills it on this site from now on (on every computer "
                         + "with this vault); Never stops asking.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            ActionButton {
                objectName: "browserAllow"
                visible: BrowserRequestsController.pairing
                kind: "primary"
                text: qsTr("Allow")
                onClicked: BrowserRequestsController.allow()
            }
            ActionButton {
                objectName: "browserAlways"
                visible: !BrowserRequestsController.pairing
                kind: "primary"
                text: qsTr("Always")
                onClicked: BrowserRequestsController.always()
            }
            ActionButton {
                objectName: "browserOnce"
                visible: !BrowserRequestsController.pairing
                text: qsTr("Once")
                onClicked: BrowserRequestsController.once()
            }
            ActionButton {
                id: refuse
                objectName: "browserRefuse"
                kind: "destructive"
                text: BrowserRequestsController.pairing ? qsTr("Deny") : qsTr("Never")
                onClicked: BrowserRequestsController.deny()
            }
        }
    }
    Shortcut {
        sequence: "Esc"
        onActivated: BrowserRequestsController.deny()
    }
}
