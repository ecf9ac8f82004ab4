import QtQuick
import QtQuick.Controls
import QtQuick.Window
import Tessera

// The quick picker: a small window over everything, called by the global shortcut or `tessera --quick`.
// Type to search, ↑↓ to choose, Enter copies, Shift+Enter types into the window the user came from,
// Esc closes. A locked vault asks for the password first. Shown and placed by QuickAccess (C++).
Window {
    id: picker
    objectName: "quickPicker"
    title: qsTr("Tessera quick picker")
    flags: Qt.Tool | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint
    width: 460
    height: frame.implicitHeight
    color: Theme.window
    readonly property bool locked: VaultController.state !== VaultController.Unlocked
    property bool hadKeyboard: false

    // Gone when the user goes to another window, as a launcher is; the keyboard stays where they went.
    onActiveChanged: {
        if (active)
            hadKeyboard = true
        else if (hadKeyboard && visible)
            QuickPickerController.dismiss(false)
    }
    onVisibleChanged: if (!visible) { hadKeyboard = false; password.clear() }

    Connections {
        target: QuickPickerController
        function onOpened() {
            search.text = ""
            list.currentIndex = 0
            password.clear()
            if (picker.locked && VaultController.keychainEnabled)
                VaultController.unlockWithKeychain()
            picker.focusField()
        }
    }
    Connections {
        target: VaultController
        function onStateChanged() { picker.focusField() }
    }
    function focusField() {
        if (locked)
            password.forceActiveFocus()
        else
            search.forceActiveFocus()
    }
    function choose(typeIt) {
        if (list.count === 0)
            return
        if (typeIt)
            QuickPickerController.type(list.currentIndex)
        else
            QuickPickerController.copy(list.currentIndex)
    }

    Rectangle {
        id: frame
        width: parent.width
        implicitHeight: content.implicitHeight + 24
        color: Theme.window
        border.width: 1
        border.color: Theme.border
        radius: 0

        Column {
            id: content
            x: 12
            y: 12
            width: parent.width - 24
            spacing: 10

            // Locked: the password first, then the list.
            Column {
                width: parent.width
                spacing: 8
                visible: picker.locked
                Text {
                    width: parent.width
                    text: qsTr("Unlock Tessera to pick a code")
                    color: Theme.text
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                // After an automatic lock, the PIN set for this run; else the password.
                PasswordField {
                    id: password
                    objectName: "quickPassword"
                    readonly property bool pin: PinController.available || PinController.busy
                    width: parent.width
                    placeholderText: pin ? qsTr("PIN") : qsTr("Password")
                    Accessible.name: placeholderText
                    enabled: !VaultController.busy && !PinController.busy
                    onAccepted: {
                        if (text === "")
                            return
                        if (pin)
                            PinController.unlock(text)
                        else
                            VaultController.unlock(text)
                    }
                    Keys.onEscapePressed: QuickPickerController.dismiss(true)
                }
                Text {
                    width: parent.width
                    visible: text !== ""
                    text: VaultController.busy || PinController.busy ? qsTr("Unlocking…")
                          : password.pin ? PinController.errorString : VaultController.errorString
                    color: VaultController.busy || PinController.busy ? Theme.textMuted : Theme.danger
                    wrapMode: Text.Wrap
                }
            }

            SearchField {
                id: search
                objectName: "quickSearch"
                visible: !picker.locked
                width: parent.width
                placeholderText: qsTr("Search accounts")
                onTextChanged: {
                    QuickPickerController.model.searchText = text
                    list.currentIndex = 0
                }
                Keys.onUpPressed: list.decrementCurrentIndex()
                Keys.onDownPressed: list.incrementCurrentIndex()
                Keys.onEscapePressed: QuickPickerController.dismiss(true)
                Keys.onReturnPressed: (event) => picker.choose(event.modifiers & Qt.ShiftModifier)
                Keys.onEnterPressed: (event) => picker.choose(event.modifiers & Qt.ShiftModifier)
            }

            ListView {
                id: list
                objectName: "quickList"
                visible: !picker.locked
                width: parent.width
                height: Math.min(contentHeight, 6 * 52)
                clip: true
                model: QuickPickerController.model
                keyNavigationWraps: true
                highlightMoveDuration: 0
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Accounts")
                delegate: QuickPickerRow {
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    onClicked: QuickPickerController.copy(index)
                }
            }
            Text {
                visible: !picker.locked && list.count === 0
                width: parent.width
                text: search.text === "" ? qsTr("No accounts yet.") : qsTr("No account matches “%1”.").arg(search.text)
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Text {
                visible: text !== ""
                width: parent.width
                text: QuickPickerController.errorString
                color: Theme.danger
                wrapMode: Text.Wrap
            }
            Text {
                visible: !picker.locked
                width: parent.width
                text: QuickPickerController.canType ? qsTr("Enter copies · Shift+Enter types it · Esc closes")
                                                    : qsTr("Enter copies · Esc closes")
                color: Theme.textMuted
                font.pixelSize: 12
                wrapMode: Text.Wrap
            }
        }
    }
}
