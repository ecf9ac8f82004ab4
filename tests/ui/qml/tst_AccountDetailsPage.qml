import QtQuick
import QtTest
import Tessera

TestCase {
    name: "AccountDetailsPage"
    when: windowShown
    visible: true
    width: 460; height: 900

    Component { id: pageComponent; AccountDetailsPage { width: 460; height: 900 } }

    // An account that has no group (tests below give some accounts one, which may reorder the list).
    function ungroupedId(skip) {
        for (let i = 0; i < AccountsController.model.count; ++i) {
            const id = AccountsController.model.idAt(i)
            if (id !== skip && AccountsController.details(id).group === "")
                return id
        }
        fail("every account has a group")
    }

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
        compare(page.details.recoveryTotal, 2)
        compare(page.details.recoveryUnused, 2)
        // Shown only after "Show recovery codes".
        const first = findChild(page, "recoveryCode0")
        verify(first.text.indexOf("AAAA") < 0)
        findChild(page, "showCodes").clicked()
        tryCompare(first, "text", "AAAA-1111")
        compare(findChild(page, "recoveryCode1").text, "BBBB-2222")
        verify(AccountsController.copyNextRecoveryCode(id))
        page.refresh()
        compare(page.details.recoveryUnused, 1)
        verify(page.details.recoveryUsed[0])
        const again = findChild(page, "recoveryCode0") // the list was rebuilt
        compare(again.text, "AAAA-1111") // still shown after a change
        findChild(page, "showCodes").clicked()
        tryVerify(() => again.text.indexOf("AAAA") < 0)
    }

    function test_closingThePageHidesWhatWasShown() {
        const id = AccountsController.model.idAt(0)
        const page = createTemporaryObject(pageComponent, this, { accountId: id })
        verify(AccountsController.revealSecret(id))
        compare(AccountsController.revealed.secret, "JBSW Y3DP EHPK 3PXP")
        page.destroy()
        tryCompare(AccountsController.revealed, "secret", "")
    }

    // An account without a group keeps none: saving it untouched changes nothing (it used to move
    // to the only existing group).
    function test_savingUntouchedChangesNothing() {
        const grouped = ungroupedId("")
        const id = ungroupedId(grouped)
        const d0 = AccountsController.details(grouped)
        verify(AccountsController.edit(grouped, d0.issuer, d0.name, "Work", d0.notes))
        verify(AccountsController.groups.indexOf("Work") >= 0)
        const before = AccountsController.details(id)
        compare(before.group, "")
        const page = createTemporaryObject(pageComponent, this, { accountId: id })
        compare(findChild(page, "group").editText, "")
        verify(!page.dirty)
        verify(!findChild(page, "saveChanges").enabled)
        verify(page.save())
        compare(AccountsController.details(id).group, "")
        compare(AccountsController.details(id).modified, before.modified)
    }

    function test_leavingWithUnsavedEditsAsks() {
        const id = ungroupedId("")
        const page = createTemporaryObject(pageComponent, this, { accountId: id })
        let left = 0
        page.done.connect(() => left++)
        page.leave()
        compare(left, 1) // nothing changed: no question
        const issuer = page.details.issuer
        findChild(page, "group").editText = "Private"
        verify(page.dirty)
        const dialog = findChild(page, "unsavedDialog")
        page.leave()
        tryCompare(dialog, "opened", true)
        dialog.reject()
        tryCompare(dialog, "visible", false)
        compare(left, 1)
        page.leave()
        tryCompare(dialog, "opened", true)
        dialog.discarded()
        compare(left, 2)
        compare(AccountsController.details(id).group, "")
        page.leave()
        tryCompare(dialog, "opened", true)
        dialog.accept()
        compare(left, 3)
        compare(AccountsController.details(id).group, "Private")
        compare(AccountsController.details(id).issuer, issuer)
    }

    // The websites: typed and Enter adds one as the vault keeps it, a public suffix is refused with a
    // sentence under the field, the remove button takes one out. By keys, and read back from the vault.
    function test_websites() {
        const id = AccountsController.model.idAt(1)
        const page = createTemporaryObject(pageComponent, this, { accountId: id })
        // A known service starts with its own websites (Kaspersky: kaspersky.com); start from none.
        for (const known of page.details.sites)
            verify(AccountsController.removeSite(id, known))
        page.refresh()
        compare(page.details.sites, [])
        const field = findChild(page, "newSite")
        const problem = findChild(page, "siteProblem")
        field.forceActiveFocus()
        for (const c of "https://www.Gcore.com/login") keyClick(c)
        keyClick(Qt.Key_Return)
        compare(AccountsController.details(id).sites, ["gcore.com"])
        compare(field.text, "")
        for (const c of "co.uk") keyClick(c)
        keyClick(Qt.Key_Return)
        verify(problem.visible)
        verify(problem.text.indexOf("shared by many") >= 0, problem.text)
        compare(AccountsController.details(id).sites, ["gcore.com"])
        field.text = ""
        verify(!problem.visible) // a new attempt clears the old sentence
        for (const c of "gcorelabs.com") keyClick(c)
        keyClick(Qt.Key_Return)
        compare(page.details.sites, ["gcore.com", "gcorelabs.com"])
        const remove = findChild(page, "removeSite")
        verify(remove)
        remove.clicked()
        compare(AccountsController.details(id).sites, ["gcorelabs.com"])
        compare(page.details.sites, ["gcorelabs.com"])
    }

    // By keys: Enter in a field saves; with unsaved edits, leaving asks, and Enter there saves too.
    function test_editByKeys() {
        const id = ungroupedId("")
        const page = createTemporaryObject(pageComponent, this, { accountId: id })
        const issuer = findChild(page, "issuer")
        const original = page.details.issuer
        issuer.forceActiveFocus()
        issuer.selectAll()
        for (const c of "Renamed") keyClick(c)
        keyClick(Qt.Key_Return)
        compare(AccountsController.details(id).issuer, "Renamed")
        issuer.selectAll()
        for (const c of original) keyClick(c)
        verify(page.dirty)
        let left = 0
        page.done.connect(() => left++)
        page.leave()
        const dialog = findChild(page, "unsavedDialog")
        tryCompare(dialog, "opened", true)
        keyClick(Qt.Key_Return)
        compare(left, 1)
        compare(AccountsController.details(id).issuer, original)
    }

    // Change icon…, type a service's name, ↓ into the icons, Enter: the account keeps that icon; the
    // first letter and automatic undo it. All by keys.
    function test_chooseAnIconByKeys() {
        const id = ungroupedId("")
        const page = createTemporaryObject(pageComponent, this, { accountId: id })
        const change = findChild(page, "changeIcon")
        change.forceActiveFocus()
        keyClick(Qt.Key_Space)
        const chooser = findChild(page, "iconChooser")
        tryCompare(chooser, "opened", true)
        tryVerify(() => findChild(chooser.contentItem, "iconSearch").activeFocus)
        for (const c of "steam") keyClick(c)
        const grid = findChild(chooser.contentItem, "iconGrid")
        tryVerify(() => grid.count > 0)
        keyClick(Qt.Key_Down)
        verify(grid.activeFocus)
        compare(chooser.chosenValue, "simple-icons:steam")
        keyClick(Qt.Key_Return)
        tryCompare(chooser, "opened", false)
        compare(AccountsController.details(id).icon, "simple-icons:steam")
        tryVerify(() => change.activeFocus) // focus went back where it was

        chooser.open()
        tryCompare(chooser, "opened", true)
        findChild(chooser.contentItem, "iconLetter").clicked()
        tryCompare(chooser, "opened", false)
        compare(AccountsController.details(id).icon, "letter")
        chooser.open()
        tryCompare(chooser, "opened", true)
        findChild(chooser.contentItem, "iconAutomatic").clicked()
        compare(AccountsController.details(id).icon, "")
    }

    // A file that is not a picture is refused inline; the dialog stays open and nothing changes.
    function test_aFileThatIsNoPictureIsRefused() {
        const id = ungroupedId("")
        const page = createTemporaryObject(pageComponent, this, { accountId: id })
        const chooser = findChild(page, "iconChooser")
        chooser.open()
        tryCompare(chooser, "opened", true)
        chooser.apply(AccountsController.setIconFromFile(id, Qt.resolvedUrl("tst_AccountDetailsPage.qml")))
        verify(chooser.opened)
        verify(findChild(chooser.contentItem, "iconProblem").visible)
        compare(AccountsController.details(id).icon, "")
        chooser.close()
    }
}
