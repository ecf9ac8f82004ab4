import QtQuick
import QtTest
import Tessera

TestCase {
    name: "ExportPage"
    when: windowShown
    visible: true
    width: 460; height: 900

    Component { id: pageComponent; ExportPage { width: 460; height: 900 } }

    // Nothing secret shows before the user asks; then the code, its caption and what cannot go.
    function test_codesOnlyAfterAsking() {
        const page = createTemporaryObject(pageComponent, this)
        const code = findChild(page, "transferCode")
        verify(!code.visible)
        compare(ExportController.pageCount, 0)
        mouseClick(findChild(page, "showCodes"))
        tryVerify(() => code.visible && code.status === Image.Ready)
        compare(findChild(page, "caption").text, "1 of 1")
        tryVerify(() => code.width >= 3 * code.implicitWidth) // at least three screen pixels per module
        compare(code.width % code.implicitWidth, 0) // and a whole number of them
        const notCarried = findChild(page, "notCarried")
        verify(notCarried.visible)
        verify(notCarried.text.indexOf("Steam") >= 0, notCarried.text)
        verify(!findChild(page, "nextCode").enabled)
    }

    // Only the ticked accounts go into the codes.
    function test_chosenAccountsOnly() {
        const page = createTemporaryObject(pageComponent, this)
        mouseClick(findChild(page, "someAccounts"))
        const show = findChild(page, "showCodes")
        verify(!show.enabled) // nothing ticked yet
        page.chosen = [AccountsController.model.data(AccountsController.model.index(0, 0), 257)]
        verify(show.enabled)
        compare(show.text, "Show the codes for 1 account(s)")
        mouseClick(show)
        compare(ExportController.pageCount, 1)
        compare(findChild(page, "notCarried").text, "")
    }

    // By keys: Enter on the focused button shows the codes.
    function test_showCodesByKeys() {
        const page = createTemporaryObject(pageComponent, this)
        const show = findChild(page, "showCodes")
        show.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(() => ExportController.pageCount > 0)
        ExportController.clear()
    }
}
