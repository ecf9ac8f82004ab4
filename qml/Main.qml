import QtQuick
import QtQuick.Controls
import Tessera

// The window: picks the page for the vault's state (first run, locked, unlocked) and hosts the
// toasts. Everything it shows comes from the C++ controllers.
ApplicationWindow {
    id: window
    // The desktop adds " — Tessera" to any title that does not end with it.
    title: VaultController.state === VaultController.Unlocked ? qsTr("Tessera") : qsTr("Locked — Tessera")
    width: 460
    height: 680
    minimumWidth: 360
    minimumHeight: 400
    visible: true
    color: Theme.window

    // Controls Tessera does not draw itself (combo boxes, scroll bars, tooltips) take the theme's colours.
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.raised
    palette.text: Theme.text
    palette.button: Theme.raised
    palette.buttonText: Theme.text
    palette.mid: Theme.border
    palette.midlight: Theme.divider
    palette.dark: Theme.border
    palette.light: Theme.surface
    palette.placeholderText: Theme.textMuted
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.toolTipBase: Theme.text
    palette.toolTipText: Theme.surface

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: pageForState()

        // The page shown, by file, for the pages open() pushed (its objectName; "" for the list and the vault pages).
        property string currentPage: currentItem ? currentItem.objectName : ""

        // The pages beside the list are compiled the first time they open, not at start: their types,
        // and the modules they import (Qt Multimedia for the camera, the file dialogs), cost memory
        // and start time that a user who only copies codes never needs.
        function open(file, properties) {
            return named(push(Qt.resolvedUrl(file), properties || {}), file)
        }
        // A page pushed by file knows its file (currentPage) and closes itself with done().
        function named(item, file) {
            if (item) {
                item.objectName = file
                item.done.connect(() => pop())
            }
            return item
        }

        // The add page can hand over to the scan page in its place.
        function openAdd() {
            const page = open("add/AddAccountPage.qml")
            if (page)
                page.scanRequested.connect(() => named(replace(Qt.resolvedUrl("add/ScanPage.qml")), "add/ScanPage.qml"))
            return page
        }

        function pageForState() {
            switch (VaultController.state) {
            case VaultController.NoVault: return firstRunPage
            case VaultController.Locked: return unlockPage
            default: return accountsPage
            }
        }
    }

    Connections {
        target: VaultController
        function onStateChanged() { stack.replace(null, stack.pageForState()) }
    }
    Connections {
        target: AccountsController
        function onReported(text, isError) { toast.show(text, false, isError) }
        function onUndoableMessage(text) { toast.show(text, true) }
    }
    Connections {
        target: SyncController
        function onReported(text, isError) { toast.show(text, false, isError) }
    }
    Connections {
        target: ScanController
        function onAdded(count) { toast.show(qsTr("Added %n account(s)", "", count), false) }
        function onShowRequested() {
            if (stack.currentPage !== "add/ScanPage.qml")
                stack.open("add/ScanPage.qml")
        }
    }
    Connections {
        target: ImportController
        function onAdded(count, summary) { toast.show(summary, false) }
        function onShowRequested() {
            if (stack.currentPage !== "transfer/ImportPage.qml")
                stack.open("transfer/ImportPage.qml")
        }
    }
    Connections {
        target: AddAccountController
        function onAdded(displayName) { toast.show(qsTr("Added %1").arg(displayName), false) }
    }

    Component { id: firstRunPage; FirstRunPage {} }
    Component { id: unlockPage; UnlockPage {} }
    Component {
        id: accountsPage
        AccountsPage {
            onAddRequested: stack.openAdd()
            onSettingsRequested: stack.open("settings/SettingsPage.qml")
            onScanRequested: stack.open("add/ScanPage.qml")
            onExportRequested: stack.open("transfer/ExportPage.qml")
            onImportRequested: stack.open("transfer/ImportPage.qml")
            onBackupRequested: stack.open("transfer/BackupPage.qml")
            onDetailsRequested: (accountId) => stack.open("accounts/AccountDetailsPage.qml", { accountId: accountId })
            onQuitRequested: Qt.quit()
        }
    }

    Shortcut {
        sequences: [StandardKey.New]
        enabled: VaultController.state === VaultController.Unlocked && stack.depth === 1
        onActivated: stack.openAdd()
    }
    Shortcut {
        sequence: "Ctrl+Shift+N"
        enabled: VaultController.state === VaultController.Unlocked && stack.depth === 1
        onActivated: stack.open("add/ScanPage.qml")
    }
    Shortcut {
        sequence: "Ctrl+Shift+E"
        enabled: VaultController.state === VaultController.Unlocked && stack.depth === 1
        onActivated: stack.open("transfer/ExportPage.qml")
    }
    Shortcut {
        sequence: "Ctrl+Shift+I"
        enabled: VaultController.state === VaultController.Unlocked && stack.depth === 1
        onActivated: stack.open("transfer/ImportPage.qml")
    }
    Shortcut {
        sequence: "Ctrl+Shift+S"
        enabled: VaultController.state === VaultController.Unlocked && stack.depth === 1
        onActivated: stack.open("transfer/BackupPage.qml")
    }
    // Pictures dropped anywhere on the unlocked window are scanned for QR codes; any other file is
    // taken for another app's export and opened on the import page.
    DropArea {
        anchors.fill: parent
        enabled: VaultController.state === VaultController.Unlocked
        onDropped: (drop) => {
            Incoming.drop(drop.hasUrls ? drop.urls : [],
                          drop.formats.indexOf("image/png") >= 0 ? drop.getDataAsArrayBuffer("image/png") : new ArrayBuffer(0))
            drop.accept()
        }
    }
    Shortcut {
        sequence: "Ctrl+L"
        enabled: VaultController.state === VaultController.Unlocked
        onActivated: VaultController.lock()
    }
    Shortcut {
        sequences: [StandardKey.Preferences, "Ctrl+,"]
        enabled: VaultController.state === VaultController.Unlocked && stack.depth === 1
        onActivated: stack.open("settings/SettingsPage.qml")
    }
    Shortcut {
        sequences: [StandardKey.Back, "Esc"]
        enabled: stack.depth > 1
        // A page with unsaved edits asks first (it offers leave()).
        onActivated: stack.currentItem.leave ? stack.currentItem.leave() : stack.pop()
    }

    Shortcut {
        sequences: [StandardKey.Undo]
        enabled: VaultController.state === VaultController.Unlocked && AccountsController.canUndo
        onActivated: { AccountsController.undoRemove(); toast.dismiss() }
    }
    Shortcut {
        sequences: [StandardKey.Quit, "Ctrl+Q"]
        onActivated: Qt.quit()
    }

    // Messages get a strip of their own below the page, so they never cover what they talk about.
    footer: Toast { id: toast; onUndo: AccountsController.undoRemove() }
}
