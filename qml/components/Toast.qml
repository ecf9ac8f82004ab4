import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A short message at the bottom of the window ("Copied — clears in 30 s"), with Undo after a delete.
Popup {
    id: toast
    signal undo()
    property alias text: label.text
    property bool undoable: false

    function show(message, canUndo) {
        text = message
        undoable = canUndo
        open()
        hideTimer.restart()
    }

    x: (parent.width - width) / 2
    y: parent.height - height - 24
    margins: 16
    padding: 12
    closePolicy: Popup.NoAutoClose
    focus: false

    contentItem: RowLayout {
        spacing: 16
        Label {
            id: label
            wrapMode: Text.WordWrap
            Layout.maximumWidth: toast.parent ? toast.parent.width - 160 : 300
            Accessible.role: Accessible.AlertMessage
        }
        Button {
            visible: toast.undoable
            text: qsTr("Undo")
            flat: true
            onClicked: { toast.undo(); toast.close() }
        }
    }

    Timer {
        id: hideTimer
        interval: toast.undoable ? 6000 : 2500
        onTriggered: toast.close()
    }
}
