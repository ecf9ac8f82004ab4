import QtQuick
import QtTest
import Tessera

// Every page at the narrowest window (460 px) in the language this process runs in
// (TESSERA_TEST_LANGUAGE): nothing visible reaches past the page's right edge. One row that cannot
// shrink in a long language widens its whole column and cuts every paragraph off; this finds it.
TestCase {
    name: "Layouts"
    when: windowShown
    visible: true
    width: 460; height: 900

    Component { id: settingsPage; SettingsPage { width: 460; height: 900 } }
    Component { id: addPage; AddAccountPage { width: 460; height: 900 } }
    Component { id: accountsPage; AccountsPage { width: 460; height: 900 } }
    Component { id: importPage; ImportPage { width: 460; height: 900 } }
    Component { id: exportPage; ExportPage { width: 460; height: 900 } }
    Component { id: backupPage; BackupPage { width: 460; height: 900 } }
    Component { id: scanPage; ScanPage { width: 460; height: 900 } }

    // The visible items whose right edge lies past the page's, by their text or type.
    function overflowing(page, item, found) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (!child.visible || child.width <= 0 || child.opacity === 0)
                continue
            // A list's content scrolls by design; its delegates are checked against the list's width.
            const right = child.mapToItem(page, child.width, 0).x
            if (right > page.width + 0.5) {
                const what = child.text !== undefined ? "“" + child.text + "”" : child.toString()
                found.push(what + " ends at " + Math.round(right) + " px")
            }
            if (!(child instanceof Flickable) || child.contentWidth <= child.width + 0.5)
                overflowing(page, child, found)
        }
        return found
    }

    function test_pagesFit_data() {
        return [
            { tag: "settings", component: settingsPage },
            { tag: "add", component: addPage },
            { tag: "accounts", component: accountsPage },
            { tag: "import", component: importPage },
            { tag: "export", component: exportPage },
            { tag: "backup", component: backupPage },
            { tag: "scan", component: scanPage },
        ]
    }

    function test_pagesFit(data) {
        const page = createTemporaryObject(data.component, this)
        verify(page)
        waitForRendering(page)
        const found = overflowing(page, page, [])
        verify(found.length === 0, found.slice(0, 6).join("; "))
    }
}
