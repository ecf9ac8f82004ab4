import QtQuick
import QtTest
import Tessera

TestCase {
    name: "ImportPage"
    when: windowShown
    visible: true
    width: 460; height: 800

    Component { id: pageComponent; ImportPage { width: 460; height: 800 } }
    SignalSpy { id: doneSpy; signalName: "done" }

    // An encrypted Aegis export made by tessera-cli (tests/fixtures/import): recognised, password
    // asked, a wrong one refused in words, the right one shows the accounts with the one the vault
    // has marked and not chosen; adding saves the others.
    function test_encryptedFileToVault() {
        const page = createTemporaryObject(pageComponent, this)
        doneSpy.target = page
        doneSpy.clear()
        ImportController.openFile(Qt.resolvedUrl("../../fixtures/import/three-accounts-aegis-encrypted.json"))
        compare(ImportController.formatName, "Aegis")
        verify(ImportController.needsPassword)
        const password = findChild(page, "sourcePassword")
        tryVerify(() => password.visible && password.activeFocus)

        ImportController.unlock("wrong")
        tryVerify(() => !ImportController.busy, 10000)
        verify(ImportController.messageIsProblem)
        verify(findChild(page, "importMessage").text.indexOf("Wrong password") === 0)

        // By keys: type the password, Enter; then Enter adds what is ticked (the button has the focus).
        password.forceActiveFocus()
        password.text = ""
        for (const c of "export pw") keyClick(c)
        keyClick(Qt.Key_Return)
        tryCompare(ImportController.results, "count", 3, 10000)
        compare(ImportController.selectedCount, 2) // Gcore is already in the vault
        const add = findChild(page, "addImported")
        verify(add.visible && add.enabled)
        tryVerify(() => add.activeFocus, 2000, "the add button takes the focus once accounts are found")
        keyClick(Qt.Key_Return)
        compare(doneSpy.count, 1)
    }

    function test_plainListNeedsNoPassword() {
        createTemporaryObject(pageComponent, this)
        ImportController.openFile(Qt.resolvedUrl("../../fixtures/import/three-accounts.txt"))
        verify(!ImportController.needsPassword)
        tryCompare(ImportController.results, "count", 3, 5000)
        compare(ImportController.formatName, "otpauth:// list")
    }

    function test_unknownFileIsSaid() {
        const page = createTemporaryObject(pageComponent, this)
        ImportController.openFile(Qt.resolvedUrl("../quick_test_main.cpp")) // C++, not an export
        verify(ImportController.messageIsProblem)
        verify(findChild(page, "importMessage").text.indexOf("not an export Tessera knows") > 0)
        compare(ImportController.results.count, 0)
    }
}
