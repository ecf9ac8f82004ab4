import QtQuick
import QtTest
import Tessera

TestCase {
    name: "ScanPage"
    when: windowShown
    visible: true
    width: 460; height: 800

    Component { id: pageComponent; ScanPage { width: 460; height: 800 } }
    SignalSpy { id: doneSpy; signalName: "done" }

    // A picture file (made with qrencode, in tests/fixtures/qr) → preview → add.
    function test_pictureToPreviewToVault() {
        const page = createTemporaryObject(pageComponent, this)
        doneSpy.target = page
        doneSpy.clear()
        ScanController.scanFile(Qt.resolvedUrl("../../fixtures/qr/mykerio.png"))
        tryCompare(ScanController.results, "count", 1, 5000)
        compare(findChild(page, "scanMessage").text, "Found 1 account(s).")
        const add = findChild(page, "addSelected")
        verify(add.visible && add.enabled)
        // By keys: once a code is read, the add button has the focus and Enter adds.
        tryVerify(() => add.activeFocus, 2000)
        keyClick(Qt.Key_Return)
        compare(doneSpy.count, 1)
    }

    // Here there is no camera at all: the page says so instead of showing a black box.
    function test_noCameraIsSaid() {
        const page = createTemporaryObject(pageComponent, this)
        mouseClick(findChild(page, "camera"))
        const problem = findChild(page, "cameraProblem")
        tryVerify(() => problem.visible)
        verify(problem.text.indexOf("No camera found") >= 0, problem.text)
    }

    function test_notAnAccountIsSaid() {
        const page = createTemporaryObject(pageComponent, this)
        ScanController.scanImageData("not a picture")
        tryVerify(() => !ScanController.busy, 5000)
        const message = findChild(page, "scanMessage")
        verify(ScanController.messageIsProblem)
        verify(message.text.indexOf("Could not read") === 0, message.text)
    }

    // Everything found is already in the vault: no "Add 0 accounts", but a sentence saying so.
    function test_nothingNewIsSaid() {
        const page = createTemporaryObject(pageComponent, this)
        ScanController.scanFile(Qt.resolvedUrl("../../fixtures/qr/mykerio.png"))
        tryCompare(ScanController.results, "count", 1, 5000)
        ScanController.addSelected()
        const again = createTemporaryObject(pageComponent, this)
        ScanController.scanFile(Qt.resolvedUrl("../../fixtures/qr/mykerio.png"))
        tryCompare(ScanController.results, "count", 1, 5000)
        compare(ScanController.results.newCount, 0)
        const add = findChild(again, "addSelected")
        verify(!add.enabled)
        compare(add.text, "Nothing new to add")
        verify(findChild(again, "nothingNew").visible)
        // Leave the vault as the other cases expect it.
        AccountsController.model.searchText = "MyKerio"
        verify(AccountsController.remove(AccountsController.model.idAt(0)))
        AccountsController.model.searchText = ""
    }

}
