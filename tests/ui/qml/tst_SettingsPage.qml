import QtQuick
import QtTest
import Tessera

TestCase {
    name: "SettingsPage"
    when: windowShown
    visible: true
    width: 460; height: 900

    Component { id: pageComponent; SettingsPage { width: 460; height: 900 } }

    function test_settingsApply() {
        const page = createTemporaryObject(pageComponent, this)
        verify(page)
        SettingsController.autoLockMinutes = 7
        compare(SettingsController.autoLockMinutes, 7)
        SettingsController.theme = SettingsController.Dark
        compare(SettingsController.theme, SettingsController.Dark)
        SettingsController.clipboardClearSeconds = 45
        compare(SettingsController.clipboardClearSeconds, 45)
        verify(SettingsController.libraries.indexOf("libsodium") >= 0)
        verify(VaultController.backupsFolder.length > 0)
    }

    function test_changePasswordDialog() {
        const page = createTemporaryObject(pageComponent, this)
        const dialog = findChild(page, "passwordDialog")
        dialog.open()
        tryCompare(dialog, "opened", true)
        dialog.reject()
        tryCompare(dialog, "visible", false)
    }

    // Time: a mistyped offset is refused inline; a good one shifts the codes and says so; Reset undoes it.
    function test_timeManualOffset() {
        const page = createTemporaryObject(pageComponent, this)
        const field = findChild(page, "manualOffset")
        const status = findChild(page, "timeStatus")
        const error = findChild(page, "timeInputError")
        field.forceActiveFocus()
        field.text = "soon"
        keyClick(Qt.Key_Return)
        verify(error.visible)
        verify(error.text.indexOf("soon") >= 0)
        field.text = "30"
        keyClick(Qt.Key_Return)
        compare(field.text, "")
        verify(!error.visible)
        verify(status.text.indexOf("+30.0 s") >= 0, status.text)
        findChild(page, "resetTime").forceActiveFocus() // by keys: it may sit below the fold
        keyClick(Qt.Key_Space)
        compare(TimeController.offsetSeconds, 0)
    }

    // Sync now against a closed local port: the button shows progress, then the failure in words.
    function test_timeSyncFailureIsShown() {
        const page = createTemporaryObject(pageComponent, this)
        verify(TimeController.setHttpsUrl(""))
        verify(TimeController.setServers("127.0.0.1:9"))
        findChild(page, "syncNow").forceActiveFocus() // by keys: it may sit below the fold
        keyClick(Qt.Key_Space)
        tryCompare(TimeController, "syncing", false, 5000)
        const error = findChild(page, "timeError")
        verify(error.visible)
        verify(error.text.indexOf("127.0.0.1:9") >= 0, error.text)
        compare(TimeController.warning, TimeController.SyncFailed)
        TimeController.dismissWarning()
    }

    function test_timeServersAreChecked() {
        const page = createTemporaryObject(pageComponent, this)
        verify(!TimeController.setServers("not a host"))
        verify(findChild(page, "timeInputError").visible)
        verify(TimeController.setServers(""))
        verify(TimeController.servers.indexOf("pool.ntp.org") >= 0)
    }

    // By keys: Tab reaches the switches and Space turns them; the password dialog takes Enter for
    // its action and Esc to cancel, and gives the focus back.
    function test_settingsByKeys() {
        const page = createTemporaryObject(pageComponent, this)
        const lockSwitch = findChild(page, "lockOnScreenLock")
        lockSwitch.forceActiveFocus()
        const before = SettingsController.lockOnScreenLock
        keyClick(Qt.Key_Space)
        compare(SettingsController.lockOnScreenLock, !before)
        keyClick(Qt.Key_Space)
        compare(SettingsController.lockOnScreenLock, before)

        const change = findChild(page, "changePassword")
        change.forceActiveFocus()
        keyClick(Qt.Key_Return)
        const dialog = findChild(page, "passwordDialog")
        tryCompare(dialog, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
        tryVerify(() => change.activeFocus, 2000, "the focus is back on the button that opened it")
    }
}
