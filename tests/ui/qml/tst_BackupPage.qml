import QtQuick
import QtTest
import Tessera

TestCase {
    name: "BackupPage"
    when: windowShown
    visible: true
    width: 460; height: 800

    Component { id: pageComponent; BackupPage { width: 460; height: 800 } }

    // Encrypted kinds need the password twice; plain ones a warning acknowledged instead.
    function test_passwordOrWarningBeforeSaving() {
        const page = createTemporaryObject(pageComponent, this)
        const save = findChild(page, "saveExport")
        const warning = findChild(page, "plainWarning")
        verify(!save.enabled)
        verify(!warning.visible)
        findChild(page, "exportPassword").text = "backup pw"
        findChild(page, "exportPasswordRepeated").text = "backup pw"
        verify(save.enabled)
        // Some accounts only: nothing to save until one is ticked.
        mouseClick(findChild(page, "someAccounts"))
        verify(!save.enabled)
        findChild(page, "accountChooser").chosen = [AccountsController.model.data(AccountsController.model.index(0, 0), 257)]
        verify(save.enabled)
        mouseClick(findChild(page, "allAccounts"))

        page.kind = FileExportController.OtpauthList
        verify(warning.visible)
        verify(!findChild(page, "exportPassword").visible)
        verify(!save.enabled)
        findChild(page, "understood").checked = true
        verify(save.enabled)
        page.kind = FileExportController.AegisPlain
        verify(!findChild(page, "understood").checked) // each plain kind is acknowledged anew
    }

    function test_savesAndSaysWhere() {
        createTemporaryObject(pageComponent, this)
        const file = FileExportController.suggestedFile(FileExportController.AegisEncrypted)
        verify(file.toString().indexOf("aegis-export-") > 0)
        FileExportController.save(FileExportController.AegisEncrypted, file, "a", "b", [])
        verify(FileExportController.messageIsProblem) // the passwords differ
        FileExportController.save(FileExportController.AegisEncrypted, file, "a", "a", [])
        tryVerify(() => !FileExportController.busy, 20000)
        verify(!FileExportController.messageIsProblem, FileExportController.message)
        verify(FileExportController.message.indexOf("Saved") === 0)
    }

    // The test vault's accounts have no recovery codes: the sheet says so instead of an empty page.
    function test_emptyRecoverySheetIsSaid() {
        createTemporaryObject(pageComponent, this)
        FileExportController.save(FileExportController.RecoverySheet,
                                  FileExportController.suggestedFile(FileExportController.RecoverySheet), "", "", [])
        tryVerify(() => !FileExportController.busy, 5000)
        verify(FileExportController.messageIsProblem)
        verify(FileExportController.message.indexOf("No account has recovery codes") === 0, FileExportController.message)
    }

    // By keys: Space chooses a kind, the password fields take typing, and Enter in the second one
    // presses Save (which opens the file dialog).
    function test_chooseByKeys() {
        const page = createTemporaryObject(pageComponent, this)
        const tessera = findChild(page, "kindTessera").children[0]
        tessera.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(page.kind, FileExportController.TesseraBackup)
        const password = findChild(page, "exportPassword")
        const repeated = findChild(page, "exportPasswordRepeated")
        password.forceActiveFocus()
        for (const c of "backup pw") keyClick(c)
        keyClick(Qt.Key_Tab)
        verify(repeated.activeFocus, "Tab goes from the password to its repetition")
        for (const c of "backup pw") keyClick(c)
        verify(findChild(page, "saveExport").enabled)
    }
}
