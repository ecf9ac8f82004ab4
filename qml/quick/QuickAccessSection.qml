import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// Settings → Quick access: the keys that open the quick picker from anywhere, recorded by pressing
// them, turned off or set back; why the desktop refused them; and `tessera --quick` for desktops where
// only their own settings can bind keys.
ColumnLayout {
    id: section
    Layout.fillWidth: true
    spacing: 6
    property bool recording: false

    SectionHeader { text: qsTr("Quick access") }
    Label {
        text: QuickPickerController.shortcut !== ""
              ? qsTr("Press %1 anywhere to pick a code: type to search, Enter copies it, Shift+Enter types it into "
                     + "the window you were in.").arg(QuickPickerController.shortcut)
              : qsTr("The quick picker opens with a shortcut you choose, or with the command “tessera --quick”.")
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Shortcut"); Layout.fillWidth: true }
        ActionButton {
            id: recorder
            objectName: "recordShortcut"
            text: section.recording ? qsTr("Press the keys…")
                                    : QuickPickerController.shortcut !== "" ? QuickPickerController.shortcut : qsTr("Off")
            Accessible.name: qsTr("Shortcut for the quick picker: %1. Press to choose other keys").arg(
                                 QuickPickerController.shortcut !== "" ? QuickPickerController.shortcut : qsTr("Off"))
            onClicked: { section.recording = true; QuickPickerController.clearError(); forceActiveFocus() }
            onActiveFocusChanged: if (!activeFocus) section.recording = false
            // While recording, every key (Enter and Space too) is a candidate; Esc alone stops.
            Keys.onPressed: (event) => {
                if (!section.recording)
                    return
                event.accepted = true
                if (event.key === Qt.Key_Escape && event.modifiers === Qt.NoModifier) {
                    section.recording = false
                    return
                }
                if (QuickPickerController.setShortcutKeys(event.key, event.modifiers))
                    section.recording = false
            }
        }
        ActionButton {
            objectName: "shortcutOff"
            kind: "flat"
            text: qsTr("Turn off")
            visible: QuickPickerController.shortcut !== ""
            onClicked: QuickPickerController.turnShortcutOff()
        }
        ActionButton {
            objectName: "shortcutDefault"
            kind: "flat"
            text: qsTr("Use %1").arg(QuickPickerController.defaultShortcut)
            visible: QuickPickerController.shortcut !== QuickPickerController.defaultShortcut
            onClicked: QuickPickerController.resetShortcut()
        }
    }
    Label {
        objectName: "shortcutProblem"
        visible: text !== ""
        text: QuickPickerController.errorString !== "" ? QuickPickerController.errorString
                                                       : QuickPickerController.shortcutProblem
        color: QuickPickerController.shortcutNeedsDesktop ? Theme.textMuted : Theme.danger
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Label {
        visible: !QuickPickerController.canType
        text: qsTr("Shift+Enter copies the code here instead of typing it: %1").arg(QuickPickerController.typingProblem)
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
