import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// Short messages ("Copied — clears in 30 s", "Deleted GitHub — Undo") in a strip of their own at the
// bottom of the window: the page above gets shorter while one shows, so a message never covers a
// banner, a button or a row. Errors stay until closed; the rest go after a few seconds.
Rectangle {
    id: toast
    signal undo()
    property string text
    property bool undoable: false
    property bool problem: false
    readonly property bool showing: shownText !== ""
    property string shownText

    function show(message, canUndo, isProblem) {
        text = message
        shownText = message
        undoable = canUndo === true
        problem = isProblem === true
        hideTimer.interval = problem ? 10000 : undoable ? 8000 : 3000
        hideTimer.restart()
    }
    function dismiss() { shownText = ""; hideTimer.stop() }

    implicitHeight: showing ? Math.max(48, row.implicitHeight + 16) : 0
    clip: true
    color: problem ? Theme.dangerSoft : Theme.raised
    Behavior on implicitHeight { enabled: !Theme.reducedMotion; NumberAnimation { duration: 120 } }
    Rectangle { width: parent.width; height: 1; color: Theme.divider }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 8
        spacing: 8
        visible: toast.showing
        Label {
            objectName: "toastText"
            text: toast.shownText
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ActionButton {
            visible: toast.undoable
            kind: "flat"
            text: qsTr("Undo (Ctrl+Z)")
            focusPolicy: Qt.TabFocus
            onClicked: { toast.undo(); toast.dismiss() }
        }
        IconButton {
            iconName: "close"
            tip: qsTr("Dismiss")
            onClicked: toast.dismiss()
        }
    }

    Timer {
        id: hideTimer
        onTriggered: toast.dismiss()
    }
}
