import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// A question that must be answered before going on: centred over a dimmed window, buttons named by
// the action ("Delete", "Show key") rather than Yes/OK, Enter for the action and Esc to cancel. The
// keyboard focus goes back where it was when the dialog closes.
Dialog {
    id: dialog
    property string text
    property string acceptText: qsTr("OK")
    property string rejectText: qsTr("Cancel")
    property bool destructive: false
    property bool acceptEnabled: true
    // A third answer such as "Discard" (emits discarded()); none when empty.
    property string alternativeText
    // Extra content (fields, choices) goes between the text and the buttons.
    default property alias content: extra.data

    property Item focusBefore: null

    modal: true
    dim: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 420, 440)
    padding: 20
    topPadding: 20

    onAboutToShow: focusBefore = parent && parent.Window ? parent.Window.activeFocusItem : null
    onClosed: if (focusBefore) focusBefore.forceActiveFocus()

    Overlay.modal: Rectangle { color: Theme.scrim }

    background: Rectangle {
        radius: Theme.radius + 4
        color: Theme.surface
        border.width: 1
        border.color: Theme.divider
    }

    header: Label {
        text: dialog.title
        visible: dialog.title !== ""
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.WordWrap
        padding: 20
        bottomPadding: 0
        Accessible.role: Accessible.Heading
    }

    contentItem: ColumnLayout {
        spacing: 12
        Label {
            visible: dialog.text !== ""
            text: dialog.text
            wrapMode: Text.WordWrap
            color: Theme.text
            Layout.fillWidth: true
        }
        ColumnLayout {
            id: extra
            spacing: 8
            Layout.fillWidth: true
        }
    }

    footer: RowLayout {
        spacing: 8
        ActionButton {
            objectName: "alternativeButton"
            visible: dialog.alternativeText !== ""
            text: dialog.alternativeText
            kind: "flat"
            onClicked: dialog.discarded()
            Layout.leftMargin: 16
            Layout.bottomMargin: 16
        }
        Item { Layout.fillWidth: true }
        ActionButton {
            objectName: "rejectButton"
            text: dialog.rejectText
            kind: "flat"
            onClicked: dialog.reject()
            Layout.bottomMargin: 16
        }
        ActionButton {
            objectName: "acceptButton"
            text: dialog.acceptText
            kind: dialog.destructive ? "destructive" : "primary"
            enabled: dialog.acceptEnabled
            onClicked: dialog.accept()
            Layout.bottomMargin: 16
            Layout.rightMargin: 16
        }
    }

    // Enter accepts wherever the focus is in the dialog (a focused button presses itself instead).
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: dialog.opened && dialog.acceptEnabled
        onActivated: dialog.accept()
    }
}
