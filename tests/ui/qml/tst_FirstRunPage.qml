import QtQuick
import QtTest
import Tessera

TestCase {
    name: "FirstRunPage"
    when: windowShown
    visible: true
    width: 460; height: 680

    Component { id: pageComponent; FirstRunPage { width: 460; height: 680 } }

    function test_createsAVaultFromTheForm() {
        compare(VaultController.state, VaultController.NoVault)
        const page = createTemporaryObject(pageComponent, this)
        const password = findChild(page, "password")
        const repeat = findChild(page, "repeat")
        const create = findChild(page, "create")
        const error = findChild(page, "error")
        verify(!create.enabled, "nothing typed yet")

        password.text = "correct horse battery staple"
        repeat.text = "correct horse battery stapel"
        create.clicked()
        tryVerify(() => error.visible)
        verify(error.text.indexOf("differ") >= 0, error.text)

        repeat.text = "correct horse battery staple"
        create.clicked()
        tryCompare(VaultController, "state", VaultController.Unlocked, 15000)
    }
}
