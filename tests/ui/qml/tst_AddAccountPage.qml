import QtQuick
import QtTest
import Tessera

TestCase {
    name: "AddAccountPage"
    when: windowShown
    visible: true
    width: 460; height: 680

    Component { id: pageComponent; AddAccountPage { width: 460; height: 680 } }
    SignalSpy { id: added; target: AddAccountController; signalName: "added" }

    function test_liveKeyCheckAndAdd() {
        const page = createTemporaryObject(pageComponent, this)
        const issuer = findChild(page, "issuer")
        const secret = findChild(page, "secret")
        const problem = findChild(page, "secretProblem")
        const add = findChild(page, "addKey")

        issuer.text = "Gcore"
        secret.text = "JBSW Y3D1"
        verify(problem.text.indexOf("position 9") >= 0, problem.text)
        verify(secret.invalid)
        // Pressing Add anyway explains instead of doing nothing.
        const before = added.count
        add.clicked()
        compare(added.count, before)
        verify(findChild(page, "addProblem").visible)
        AddAccountController.clearError()

        secret.text = "jbsw y3dp ehpk 3pxp"
        compare(problem.problem, "")
        verify(!secret.invalid)
        add.clicked()
        compare(added.count, before + 1)
        compare(added.signalArguments[before][0], "Gcore")
    }

    function type(text) { for (const c of text) keyClick(c) }

    // By keys alone: Enter on an empty form says what is missing; Tab through the fields and Enter
    // adds the account.
    function test_addByKeys() {
        const page = createTemporaryObject(pageComponent, this)
        const issuer = findChild(page, "issuer")
        const problem = findChild(page, "addProblem")
        issuer.forceActiveFocus()
        const before = added.count
        keyClick(Qt.Key_Return)
        compare(added.count, before)
        tryVerify(() => problem.visible)
        verify(problem.text.length > 0)
        AddAccountController.clearError()

        type("Kaspersky")
        keyClick(Qt.Key_Tab)
        type("anna")
        keyClick(Qt.Key_Tab)
        type("4SJH B4GS D43F ZBAI")
        keyClick(Qt.Key_Return)
        compare(added.count, before + 1)
        compare(added.signalArguments[before][0], "Kaspersky")
    }

    function test_pasteALink() {
        const page = createTemporaryObject(pageComponent, this)
        findChild(page, "tabs").currentIndex = 1
        const link = findChild(page, "link")
        link.text = "otpauth://totp/MyKerio:me?secret=JBSWY3DP"
        const before = added.count
        verify(AddAccountController.linkProblem(link.text) === "")
        AddAccountController.addFromLink(link.text)
        compare(added.count, before + 1)
    }
}
