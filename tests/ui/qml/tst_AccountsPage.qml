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
        compare(messages.count, 1)
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

    // A failed time check is shown above the list with the action that helps; it can be dismissed.
    function test_clockWarning() {
        const page = createTemporaryObject(pageComponent, this)
        const text = findChild(page, "clockWarningText")
        verify(!text.visible)
        verify(TimeController.setHttpsUrl(""))
        verify(TimeController.setServers("127.0.0.1:9"))
        TimeController.syncNow()
        tryCompare(TimeController, "syncing", false, 5000)
        tryVerify(() => text.visible)
        verify(text.text.indexOf("clock") >= 0)
        compare(findChild(page, "clockWarningAction").text, "Sync now")
        TimeController.dismissWarning()
        verify(!text.visible)
    }
}
