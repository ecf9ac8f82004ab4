import QtQuick
import QtTest
import Tessera

TestCase {
    name: "FirstRunPage"
    when: windowShown
    visible: true
    width: 460; height: 680

    Component { id: pageComponent; FirstRunPage { width: 460; height: 680 } }

    function type(text) { for (const c of text) keyClick(c) }

    // By keys alone: the password field has the focus from the start, Enter moves to the repeat
    // field, and Enter there creates the vault.
    function test_createsAVaultByKeys() {
        compare(VaultController.state, VaultController.NoVault)
        const page = createTemporaryObject(pageComponent, this)
        const password = findChild(page, "password")
        const repeat = findChild(page, "repeat")
        const create = findChild(page, "create")
        const error = findChild(page, "error")
        verify(!create.enabled, "nothing typed yet")
        tryVerify(() => password.activeFocus, 2000, "the first field has the focus")
        verify(findChild(page, "timeCheck").visible, "the first run says the clock is checked, and can turn it off")

        type("correct horse battery staple")
        keyClick(Qt.Key_Return)
        verify(repeat.activeFocus)
        type("correct horse battery stapel")
        keyClick(Qt.Key_Return)
        tryVerify(() => error.visible)
        verify(error.text.indexOf("differ") >= 0, error.text)

        repeat.forceActiveFocus()
        repeat.selectAll()
        type("correct horse battery staple")
        keyClick(Qt.Key_Return)
        tryCompare(VaultController, "state", VaultController.Unlocked, 15000)
    }
}
