import QtQuick
import QtTest
import Tessera

TestCase {
    name: "AccountDetailsPage"
    when: windowShown
    visible: true
    width: 460; height: 900

    Component { id: pageComponent; AccountDetailsPage { width: 460; height: 900 } }

    function test_revealOnlyAfterConfirming() {
        const id = AccountsController.model.idAt(0)
        const page = createTemporaryObject(pageComponent, this, { accountId: id })
        const secret = findChild(page, "secretText")
        verify(!secret.visible)
        const dialog = findChild(page, "revealDialog")
        dialog.open()
        tryCompare(dialog, "opened", true)
        dialog.accept()
        tryVerify(() => secret.visible)
        compare(secret.text, "JBSW Y3DP EHPK 3PXP")
    }

    function test_recoveryCodes() {
        const id = AccountsController.model.idAt(0)
        const page = createTemporaryObject(pageComponent, this, { accountId: id })
        verify(AccountsController.addRecoveryCodes(id, "AAAA-1111\nBBBB-2222", false))
        page.refresh()
        compare(page.codes.length, 2)
        compare(page.details.recoveryUnused, 2)
        verify(AccountsController.copyNextRecoveryCode(id))
        page.refresh()
        compare(page.details.recoveryUnused, 1)
        verify(page.codes[0].used)
    }
}
