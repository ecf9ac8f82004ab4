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
        verify(!add.enabled)

        secret.text = "jbsw y3dp ehpk 3pxp"
        compare(problem.problem, "")
        verify(add.enabled)
        add.clicked()
        compare(added.count, 1)
        compare(added.signalArguments[0][0], "Gcore")
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
