import QtQuick
import QtTest
import Tessera

TestCase {
    name: "AccountsPage"
    when: windowShown
    visible: true
    width: 460; height: 680

    Component { id: pageComponent; AccountsPage { width: 460; height: 680 } }
    SignalSpy { id: messages; target: AccountsController; signalName: "reported" }
    SignalSpy { id: addRequests; signalName: "addRequested" }

    function test_listSearchCopy() {
        messages.clear()
        const page = createTemporaryObject(pageComponent, this)
        const list = findChild(page, "list")
        const search = findChild(page, "search")
        const empty = findChild(page, "emptyState")
        tryCompare(list, "count", 4)
        verify(!empty.visible)

        // Just start typing: the search takes the letters.
        list.forceActiveFocus()
        keyClick(Qt.Key_K)
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_S)
        compare(search.text, "kas")
        tryCompare(list, "count", 1)
        keyClick(Qt.Key_Escape)
        compare(search.text, "")
        tryCompare(list, "count", 4)

        // Arrows move, Enter copies the selected code.
        list.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        keyClick(Qt.Key_Return)
        compare(messages.count, 1, JSON.stringify(messages.signalArguments))
        verify(messages.signalArguments[0][0].indexOf("Copied") === 0)

        search.text = "nothing like this"
        tryCompare(list, "count", 0)
        verify(empty.visible)
        search.text = ""
    }

    function test_rowShowsGroupedCode() {
        const page = createTemporaryObject(pageComponent, this)
        const list = findChild(page, "list")
        tryCompare(list, "count", 4)
        const row = list.itemAtIndex(0)
        compare(row.issuer, "Gcore")
        verify(/^\d{3} \d{3}$/.test(row.code), row.code)
        compare(row.code, "528 064") // the fixture's frozen clock: 10 s into a 30 s period
        compare(row.remaining, 20)
    }

    // A failed time check turns the header's clock chip into a warning; a click on it says what
    // happened (the same sentence as Settings) and offers the check again.
    function test_clockChip() {
        const page = createTemporaryObject(pageComponent, this)
        const chip = findChild(page, "clockChip")
        verify(TimeController.setHttpsUrl(""))
        verify(TimeController.setServers("127.0.0.1:9"))
        TimeController.syncNow()
        tryCompare(TimeController, "syncing", false, 5000)
        tryVerify(() => chip.warn)
        compare(TimeController.summaryText, "Clock unchecked")
        verify(!findChild(page, "clockWarningText").visible) // no banner: nothing to decide
        mouseClick(chip)
        const details = findChild(page, "clockDetails")
        tryCompare(details, "opened", true)
        verify(findChild(page, "clockStatus").text.indexOf("No time server answered") === 0)
        compare(findChild(page, "clockSync").text, "Check now")
        keyClick(Qt.Key_Escape)
        tryCompare(details, "visible", false)
        TimeController.dismissWarning()
    }

    // After a menu closes with Esc, the list still takes keys: typing searches, arrows move.
    function test_focusComesBackAfterTheMenu() {
        const page = createTemporaryObject(pageComponent, this)
        const list = findChild(page, "list")
        const search = findChild(page, "search")
        tryCompare(list, "count", 4)
        tryVerify(() => list.activeFocus, 2000, "the list has the focus from the start")
        keyClick(Qt.Key_F10)
        const menu = findChild(page, "moreMenu")
        tryVerify(() => list.activeFocus === false)
        keyClick(Qt.Key_Escape)
        tryVerify(() => list.activeFocus, 2000, "Esc on the main menu gives the focus back to the list")
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        // The row's own menu (the menu key) as well.
        keyClick(Qt.Key_Menu)
        const rowMenu = findChild(page, "rowMenu")
        tryCompare(rowMenu, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(rowMenu, "visible", false)
        tryVerify(() => list.activeFocus)
        keyClick(Qt.Key_G)
        compare(search.text, "g")
        keyClick(Qt.Key_Escape)
    }

    // Right-click opens the row's menu at the pointer and copies nothing.
    function test_rightClickOnlyOpensTheMenu() {
        const page = createTemporaryObject(pageComponent, this)
        const list = findChild(page, "list")
        tryCompare(list, "count", 4)
        const row = list.itemAtIndex(1)
        const copiedBefore = messages.count
        mouseClick(row, 120, row.height / 2, Qt.RightButton)
        const rowMenu = findChild(page, "rowMenu")
        tryCompare(rowMenu, "opened", true)
        compare(messages.count, copiedBefore)
        // Its top-left corner is where the button was pressed (in the row's coordinates).
        compare(rowMenu.parent, row)
        verify(Math.abs(rowMenu.x - 120) < 2 && Math.abs(rowMenu.y - row.height / 2) < 2,
               "menu at " + rowMenu.x + "," + rowMenu.y)
        keyClick(Qt.Key_Escape)
        tryCompare(rowMenu, "visible", false)
    }

    // Delete removes at once; Undo (the controller behind Ctrl+Z) brings the account back.
    function test_deleteThenUndo() {
        const page = createTemporaryObject(pageComponent, this)
        const list = findChild(page, "list")
        tryCompare(list, "count", 4)
        list.forceActiveFocus()
        list.currentIndex = 3
        keyClick(Qt.Key_Delete)
        tryCompare(list, "count", 3)
        verify(AccountsController.canUndo)
        verify(AccountsController.undoRemove())
        tryCompare(list, "count", 4)
    }

    // A wide window shows the accounts as cards in more than one column; a narrow one keeps one
    // column at a reading width.
    function test_wideWindowsGetColumns() {
        const page = createTemporaryObject(pageComponent, this)
        const list = findChild(page, "list")
        compare(list.columns, 1)
        page.width = 1400
        tryCompare(list, "columns", 3)
        verify(list.cellWidth <= 560)
        page.width = 460
        tryCompare(list, "columns", 1)
    }
}
