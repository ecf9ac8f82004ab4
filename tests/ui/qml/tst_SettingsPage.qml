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
}
