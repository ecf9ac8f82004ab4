import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// The list people keep open all day: search, the accounts with their rolling codes, and the way to
// add, sort, open settings and lock. Typing anywhere searches; arrows move; Enter copies.
Page {
    id: page
    signal addRequested()
    signal settingsRequested()
    signal scanRequested()
    signal exportRequested()
    signal importRequested()
    signal backupRequested()
    signal detailsRequested(string accountId)

    readonly property var model: AccountsController.model
    background: Rectangle { color: palette.base }

    Component.onCompleted: {
        list.forceActiveFocus()
    }

    footer: Column {
        // Codes may be refused because of the clock: say so where the codes are.
        ClockWarning { width: parent.width }
        // What happened right after the vault was made (an import), said once; or, as a warning while
        // it stands, that another program left the vault file unusable.
        Label {
            id: notice
            readonly property bool warning: VaultController.noticeIsWarning
            objectName: "vaultNotice"
            width: parent.width
            visible: VaultController.notice !== ""
            text: VaultController.notice
            wrapMode: Text.WordWrap
            padding: 12
            leftPadding: warning ? 40 : 12
            Accessible.role: warning ? Accessible.AlertMessage : Accessible.StaticText
            background: Rectangle {
                color: notice.warning ? Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.14) : palette.alternateBase
                Label { visible: notice.warning; text: "\u26A0"; color: Theme.danger; font.pixelSize: 18; x: 14; y: 10 }
            }
            TapHandler { onTapped: VaultController.clearNotice() }
        }
    }

    header: AppToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 4
            spacing: 4

            TextField {
                id: search
                objectName: "search"
                Layout.fillWidth: true
                placeholderText: qsTr("Search (Ctrl+F)")
                Accessible.name: qsTr("Search accounts")
                selectByMouse: true
                text: page.model.searchText
                onTextChanged: page.model.searchText = text
                Keys.onEscapePressed: { text = ""; list.forceActiveFocus() }
                Keys.onDownPressed: list.forceActiveFocus()
                Keys.onReturnPressed: list.copyCurrent()
            }
            ComboBox {
                id: groupFilter
                visible: AccountsController.groups.length > 0
                model: [qsTr("All groups")].concat(AccountsController.groups)
                onActivated: page.model.group = currentIndex === 0 ? "" : currentText
                Accessible.name: qsTr("Group")
            }
            ToolButton {
                text: "\u21C5"
                Accessible.name: qsTr("Sort")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: sortMenu.open()
                Menu {
                    id: sortMenu
                    y: parent.height
                    component SortItem: MenuItem {
                        required property int mode
                        checkable: true
                        checked: page.model.sortMode === mode
                        onTriggered: page.model.sortMode = mode
                    }
                    SortItem { text: qsTr("My order (drag to arrange)"); mode: AccountFilterModel.Manual }
                    SortItem { text: qsTr("By issuer"); mode: AccountFilterModel.ByIssuer }
                    SortItem { text: qsTr("Most used"); mode: AccountFilterModel.MostUsed }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Favourites first")
                        checkable: true
                        checked: page.model.favouritesFirst
                        onTriggered: page.model.favouritesFirst = checked
                    }
                }
            }
            ToolButton {
                text: "+"
                font.pixelSize: 20
                Accessible.name: qsTr("Add account (Ctrl+N)")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: page.addRequested()
            }
            ToolButton {
                objectName: "moreMenu"
                text: "\u22EE"
                font.pixelSize: 18
                Accessible.name: qsTr("More")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: moreMenu.open()
                Menu {
                    id: moreMenu
                    y: parent.height
                    MenuItem { text: qsTr("Scan a QR code… (Ctrl+Shift+N)"); onTriggered: page.scanRequested() }
                    MenuItem { text: qsTr("Export to a phone… (Ctrl+Shift+E)"); enabled: list.count > 0; onTriggered: page.exportRequested() }
                    MenuSeparator {}
                    MenuItem { text: qsTr("Import from another app… (Ctrl+Shift+I)"); onTriggered: page.importRequested() }
                    MenuItem { text: qsTr("Back up or export to a file… (Ctrl+Shift+S)"); enabled: list.count > 0; onTriggered: page.backupRequested() }
                }
            }
            ToolButton {
                text: "\u2699"
                font.pixelSize: 18
                Accessible.name: qsTr("Settings")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: page.settingsRequested()
            }
            ToolButton {
                text: qsTr("Lock")
                Accessible.name: qsTr("Lock (Ctrl+L)")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: VaultController.lock()
            }
        }
    }

    Shortcut {
        sequences: [StandardKey.Find]
        onActivated: { search.forceActiveFocus(); search.selectAll() }
    }

    ListView {
        id: list
        objectName: "list"
        anchors.fill: parent
        model: page.model
        clip: true
        keyNavigationEnabled: true
        highlightMoveDuration: 0
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

        delegate: AccountDelegate {
            id: rowItem
            width: ListView.view.width
            highlighted: ListView.isCurrentItem && list.activeFocus
            onCopyRequested: { list.currentIndex = index; AccountsController.copyCode(accountId) }
            onDetailsRequested: page.detailsRequested(accountId)
            onMenuRequested: (anchor) => { rowMenu.row = rowItem; rowMenu.popup(anchor, 0, anchor.height) }
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
                currentItem.menuRequested(currentItem)
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

    // One menu for all rows (made once, not per row): the row it acts on is set when it opens.
    Menu {
        id: rowMenu
        property var row: null
        readonly property bool manual: page.model.canReorder
        MenuItem { text: qsTr("Copy code"); onTriggered: rowMenu.row.copyRequested() }
        MenuItem { text: qsTr("Details and recovery codes…"); onTriggered: page.detailsRequested(rowMenu.row.accountId) }
        MenuItem {
            text: rowMenu.row && rowMenu.row.favourite ? qsTr("Remove from favourites") : qsTr("Add to favourites")
            onTriggered: AccountsController.setFavourite(rowMenu.row.accountId, !rowMenu.row.favourite)
        }
        MenuItem {
            text: qsTr("Move up")
            enabled: rowMenu.manual && rowMenu.row !== null && rowMenu.row.index > 0
            onTriggered: AccountsController.moveBy(rowMenu.row.accountId, -1)
        }
        MenuItem {
            text: qsTr("Move down")
            enabled: rowMenu.manual && rowMenu.row !== null && rowMenu.row.index < page.model.count - 1
            onTriggered: AccountsController.moveBy(rowMenu.row.accountId, 1)
        }
        MenuSeparator {}
        MenuItem { text: qsTr("Delete"); onTriggered: AccountsController.remove(rowMenu.row.accountId) }
    }

    ColumnLayout {
        objectName: "emptyState"
        anchors.centerIn: parent
        width: Math.min(page.width - 48, 340)
        visible: page.model.count === 0
        spacing: 12
        Label {
            text: AccountsController.totalCount === 0 ? qsTr("No accounts yet") : qsTr("Nothing matches “%1”").arg(search.text)
            font.pixelSize: 20
            font.weight: Font.DemiBold
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            visible: AccountsController.totalCount === 0
            text: qsTr("When a service such as Gcore, Kaspersky or Google turns on two-factor sign-in, it shows a QR code and a key like “JBSW Y3DP EHPK 3PXP”. Add it here with the key or the otpauth:// link, and Tessera shows the six-digit code to type.")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            opacity: 0.8
            Layout.fillWidth: true
        }
        Button {
            visible: AccountsController.totalCount === 0
            text: qsTr("Add your first account")
            highlighted: true
            Layout.alignment: Qt.AlignHCenter
            onClicked: page.addRequested()
        }
    }
}
