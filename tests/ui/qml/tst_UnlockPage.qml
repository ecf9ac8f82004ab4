import QtQuick
import QtTest
import Tessera

TestCase {
    name: "UnlockPage"
    when: windowShown
    visible: true
    width: 460; height: 680

    Component { id: pageComponent; UnlockPage { width: 460; height: 680 } }

    function test_wrongThenRightPassword() {
        compare(VaultController.state, VaultController.Locked)
        const page = createTemporaryObject(pageComponent, this)
        const password = findChild(page, "password")
        const error = findChild(page, "error")
        password.forceActiveFocus()
        keyClick(Qt.Key_X)
        keyClick(Qt.Key_Return)
        tryVerify(() => error.visible, 10000)
        verify(error.text.indexOf("Wrong password") === 0, error.text)
        compare(VaultController.state, VaultController.Locked)

        password.text = "pw"
        keyClick(Qt.Key_Return)
        tryCompare(VaultController, "state", VaultController.Unlocked, 10000)
    }
}
