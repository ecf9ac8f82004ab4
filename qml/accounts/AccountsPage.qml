import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Tessera

// The list people keep open all day: search, the accounts with their rolling codes as cards (one
// column at a comfortable reading width, two or three on a wide window), and the way to add, sort,
// lock and reach everything else. Typing anywhere searches; arrows move; Enter copies. Whatever
// closes — a menu, a dialog, another page — the keyboard focus comes back to the list.
Page {
    Accessible.name: qsTr("Accounts")
    id: page
    signal addRequested()
    signal settingsRequested()
    signal scanRequested()
    signal exportRequested()
    signal importRequested()
    signal backupRequested()
    signal quitRequested()
    signal detailsRequested(string accountId)

    readonly property var model: AccountsController.model
    background: Rectangle { color: Theme.window }

    function focusList() { list.forceActiveFocus() }
    Component.onCompleted: focusList()
    StackView.onActivated: focusList()

    header: HeaderBar {
        SearchField {
            id: search
            objectName: "search"
            placeholderText: qsTr("Search (Ctrl+F)")
            Accessible.name: qsTr("Search accounts")
            Layout.fillWidth: true
            Layout.maximumWidth: 520
            text: page.model.searchText
            onTextChanged: page.model.searchText = text
            Keys.onEscapePressed: { text = ""; list.forceActiveFocus() }
            Keys.onDownPressed: list.forceActiveFocus()
            Keys.onReturnPressed: list.copyCurrent()
            Keys.onEnterPressed: list.copyCurrent()
        }
        Item { Layout.fillWidth: true }
        ChoiceBox {
            id: groupFilter
            visible: AccountsController.groups.length > 0
            model: [qsTr("All groups")].concat(AccountsController.groups)
            onActivated: page.model.group = currentIndex === 0 ? "" : currentText
            Accessible.name: qsTr("Group")
            focusPolicy: Qt.TabFocus
        }
        ClockChip { showText: page.width >= 640 }
        IconButton {
            objectName: "sortButton"
            iconName: "sort"
            tip: qsTr("Sort")
            onClicked: sortMenu.popup(this, 0, height)
        }
        IconButton {
            iconName: "add"
            tip: qsTr("Add account (Ctrl+N)")
            onClicked: page.addRequested()
        }
        IconButton {
            iconName: "lock"
            tip: qsTr("Lock (Ctrl+L)")
            onClicked: VaultController.lock()
        }
        IconButton {
            id: moreButton
            objectName: "moreMenu"
            iconName: "more"
            tip: qsTr("Main menu (F10)")
            onClicked: moreMenu.popup(this, width - moreMenu.width, height)
        }
    }

    footer: Column {
        // A large clock offset waiting for the user's answer is said where the codes are.
        ClockWarning { width: parent.width }
        Loader {
            width: parent.width
            active: SyncController.waitingCopies.length > 0
            visible: active
            sourceComponent: waitingCopyBar
        }
        // What happened right after the vault was made (an import), said once; or, as a warning while
        // it stands, that another program left the vault file unusable.
        Rectangle {
            id: notice
            readonly property bool warning: VaultController.noticeIsWarning
            width: parent.width
            visible: VaultController.notice !== ""
            implicitHeight: visible ? noticeRow.implicitHeight + 20 : 0
            color: warning ? Theme.dangerSoft : Theme.raised
            RowLayout {
                id: noticeRow
                anchors.fill: parent
                anchors.margins: 10
                anchors.leftMargin: 14
                spacing: 10
                IconImage {
                    source: notice.warning ? "qrc:/icons/warning.svg" : "qrc:/icons/info.svg"
                    sourceSize: Qt.size(20, 20)
                    color: notice.warning ? Theme.danger : Theme.accent
                }
                Label {
                    objectName: "vaultNotice"
                    text: VaultController.notice
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Accessible.role: notice.warning ? Accessible.AlertMessage : Accessible.StaticText
                    Accessible.name: text
                }
                IconButton {
                    iconName: "close"
                    tip: qsTr("Dismiss")
                    onClicked: VaultController.clearNotice()
                }
            }
        }
    }

    // A copy a sync tool left beside the vault, saved under another password: it waits for that password.
    Component {
        id: waitingCopyBar
        Rectangle {
            color: Theme.raised
            implicitHeight: waitingRow.implicitHeight + 20
            RowLayout {
                id: waitingRow
                anchors.fill: parent
                anchors.margins: 10
                anchors.leftMargin: 14
                spacing: 10
                Label {
                    objectName: "waitingCopy"
                    text: qsTr("%1 came from another computer under another password. Merge it to keep what was "
                               + "changed there.").arg(SyncController.waitingCopies[0])
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                ActionButton {
                    objectName: "mergeCopy"
                    text: qsTr("Merge…")
                    onClicked: mergeDialog.open()
                }
            }
        }
    }

    Shortcut {
        sequences: [StandardKey.Find]
        onActivated: { search.forceActiveFocus(); search.selectAll() }
    }
    Shortcut {
        sequence: "F10"
        onActivated: moreButton.clicked()
    }

    GridView {
        id: list
        objectName: "list"
        anchors.fill: parent
        anchors.topMargin: 6
        // One column up to a comfortable reading width; more once the window has room for cards that
        // are still wide enough for a long name and an eight-digit code.
        readonly property int columns: Math.max(1, Math.min(3, Math.floor((width - 16) / 380)))
        readonly property real cardWidth: Math.min((width - 16) / columns, columns === 1 ? Theme.readingWidth : 560)
        leftMargin: Math.max(8, (width - columns * cardWidth) / 2)
        rightMargin: leftMargin
        bottomMargin: 8
        cellWidth: cardWidth
        cellHeight: Theme.rowHeight
        model: page.model
        clip: true
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        boundsBehavior: Flickable.StopAtBounds
        // Rows scrolled out are kept and refilled rather than rebuilt: scrolling and searching 10,000
        // accounts then builds almost no new rows (docs/PERFORMANCE.md).
        reuseItems: true
        currentIndex: count > 0 ? 0 : -1
        ScrollBar.vertical: ScrollBar {}
        Accessible.name: qsTr("Accounts")
        Accessible.role: Accessible.List

        function copyCurrent() {
            if (currentItem)
                AccountsController.copyCode(currentItem.accountId)
        }
        function openMenu(item, atPointer, x, y) {
            rowMenu.row = item
            if (atPointer)
                rowMenu.popup(item, x, y)
            else
                rowMenu.popup(item.menuButton, item.menuButton.width - rowMenu.width, item.menuButton.height)
        }

        delegate: AccountDelegate {
            id: rowItem
            width: GridView.view.cellWidth
            height: GridView.view.cellHeight
            highlighted: GridView.isCurrentItem && list.activeFocus
            onCopyRequested: { list.currentIndex = index; AccountsController.copyCode(accountId) }
            onDetailsRequested: page.detailsRequested(accountId)
            onMenuRequested: (atPointer, x, y) => { list.currentIndex = index; list.openMenu(rowItem, atPointer, x, y) }
        }

        Keys.onReturnPressed: copyCurrent()
        Keys.onEnterPressed: copyCurrent()
        Keys.onDeletePressed: if (currentItem) AccountsController.remove(currentItem.accountId)
        Keys.onPressed: (event) => {
            // F2 opens the details (edit); the menu key or Shift+F10 opens the row's menu.
            if (currentItem && event.key === Qt.Key_F2) {
                page.detailsRequested(currentItem.accountId)
                event.accepted = true
                return
            }
            if (currentItem && (event.key === Qt.Key_Menu || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier)))) {
                openMenu(currentItem, false, 0, 0)
                event.accepted = true
                return
            }
            // Just start typing to search.
            if (event.text.length === 1 && event.text.trim().length === 1
                    && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))) {
                search.text += event.text
                search.forceActiveFocus()
                event.accepted = true
            }
        }
        Keys.onEscapePressed: search.text = ""
    }

    ButtonGroup { id: sortChoices }
    AppMenu {
        id: sortMenu
        parent: page
        component SortItem: AppMenuItem {
            required property int mode
            checkable: true
            exclusive: true
            ButtonGroup.group: sortChoices
            checked: page.model.sortMode === mode
            onTriggered: page.model.sortMode = mode
        }
        SortItem { text: qsTr("My order (drag to arrange)"); mode: AccountFilterModel.Manual }
        SortItem { text: qsTr("By issuer"); mode: AccountFilterModel.ByIssuer }
        SortItem { text: qsTr("Most used"); mode: AccountFilterModel.MostUsed }
        MenuSeparator {}
        AppMenuItem {
            text: qsTr("Favourites first")
            checkable: true
            checked: page.model.favouritesFirst
            onTriggered: page.model.favouritesFirst = checked
        }
        AppMenuItem {
            text: qsTr("Compact list")
            checkable: true
            checked: SettingsController.compactList
            onTriggered: SettingsController.compactList = checked
        }
    }

    AppMenu {
        id: moreMenu
        parent: page
        AppMenuItem { text: qsTr("Scan a QR code…"); iconName: "qr"; shortcut: "Ctrl+Shift+N"; onTriggered: page.scanRequested() }
        AppMenuItem { text: qsTr("Export to a phone…"); iconName: "phone"; shortcut: "Ctrl+Shift+E"; enabled: list.count > 0; onTriggered: page.exportRequested() }
        MenuSeparator {}
        AppMenuItem { text: qsTr("Import from another app…"); iconName: "import"; shortcut: "Ctrl+Shift+I"; onTriggered: page.importRequested() }
        AppMenuItem { text: qsTr("Back up or export to a file…"); iconName: "backup"; shortcut: "Ctrl+Shift+S"; enabled: list.count > 0; onTriggered: page.backupRequested() }
        MenuSeparator {}
        AppMenuItem { text: qsTr("Settings"); iconName: "settings"; shortcut: "Ctrl+,"; onTriggered: page.settingsRequested() }
        AppMenuItem { text: qsTr("Lock"); iconName: "lock"; shortcut: "Ctrl+L"; onTriggered: VaultController.lock() }
        AppMenuItem { text: qsTr("Quit"); iconName: "quit"; shortcut: "Ctrl+Q"; onTriggered: page.quitRequested() }
    }

    // One menu for all rows (made once, not per row): the row it acts on is set when it opens.
    AppMenu {
        id: rowMenu
        objectName: "rowMenu"
        parent: page
        property var row: null
        readonly property bool manual: page.model.canReorder
        AppMenuItem { text: qsTr("Copy code"); iconName: "copy"; shortcut: qsTr("Enter"); onTriggered: rowMenu.row.copyRequested() }
        AppMenuItem { text: qsTr("Details and recovery codes…"); iconName: "edit"; shortcut: "F2"; onTriggered: page.detailsRequested(rowMenu.row.accountId) }
        AppMenuItem {
            text: rowMenu.row && rowMenu.row.favourite ? qsTr("Remove from favourites") : qsTr("Add to favourites")
            iconName: rowMenu.row && rowMenu.row.favourite ? "star-filled" : "star"
            onTriggered: AccountsController.setFavourite(rowMenu.row.accountId, !rowMenu.row.favourite)
        }
        AppMenuItem {
            text: qsTr("Move up")
            enabled: rowMenu.manual && rowMenu.row !== null && rowMenu.row.index > 0
            onTriggered: AccountsController.moveBy(rowMenu.row.accountId, -1)
        }
        AppMenuItem {
            text: qsTr("Move down")
            enabled: rowMenu.manual && rowMenu.row !== null && rowMenu.row.index < page.model.count - 1
            onTriggered: AccountsController.moveBy(rowMenu.row.accountId, 1)
        }
        MenuSeparator {}
        AppMenuItem { text: qsTr("Delete"); iconName: "delete"; destructive: true; shortcut: qsTr("Del"); onTriggered: AccountsController.remove(rowMenu.row.accountId) }
    }

    ColumnLayout {
        objectName: "emptyState"
        anchors.centerIn: parent
        width: Math.min(page.width - 48, 380)
        visible: page.model.count === 0
        spacing: 14
        IconImage {
            source: AccountsController.totalCount === 0 ? "qrc:/icons/key.svg" : "qrc:/icons/search.svg"
            sourceSize: Qt.size(48, 48)
            color: Theme.textMuted
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: AccountsController.totalCount === 0 ? qsTr("No accounts yet") : qsTr("Nothing matches “%1”").arg(search.text)
            color: Theme.text
            font.pixelSize: 20
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            visible: AccountsController.totalCount === 0
            text: qsTr("When a service such as Gcore, Kaspersky or Google turns on two-factor sign-in, it shows a QR code and a key like “JBSW Y3DP EHPK 3PXP”. Add it here with the key or the otpauth:// link, and Tessera shows the six-digit code to type.")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        RowLayout {
            visible: AccountsController.totalCount === 0
            spacing: 8
            Layout.alignment: Qt.AlignHCenter
            ActionButton { text: qsTr("Scan a QR code…"); iconName: "qr"; onClicked: page.scanRequested() }
            ActionButton { text: qsTr("Add your first account"); kind: "primary"; onClicked: page.addRequested() }
        }
    }

    ModalDialog {
        id: mergeDialog
        objectName: "mergeDialog"
        title: qsTr("Merge a copy from another computer")
        text: qsTr("Type the password %1 was saved with (the vault keeps its own password).")
                  .arg(SyncController.waitingCopies.length > 0 ? SyncController.waitingCopies[0] : "")
        acceptText: qsTr("Merge")
        acceptEnabled: copyPassword.text.length > 0
        onOpened: { copyPassword.text = ""; copyPassword.forceActiveFocus() }
        onAccepted: { SyncController.mergeWaitingCopy(copyPassword.text); copyPassword.text = "" }
        PasswordField {
            id: copyPassword
            placeholderText: qsTr("The copy's password")
            Layout.fillWidth: true
            Accessible.name: placeholderText
        }
    }
}
