import QtQuick
import QtQuick.Controls
import Tessera

// A menu as wide as its longest entry (with its shortcut), so no entry is cut off; the keyboard focus
// returns to where it was when the menu closes, whichever way it closed.
Menu {
    id: menu
    property real widest: 0
    property Item focusBefore: null

    function fitToEntries() {
        let wanted = 0
        for (let i = 0; i < count; ++i) {
            const entry = itemAt(i)
            if (entry)
                wanted = Math.max(wanted, entry.implicitWidth)
        }
        widest = wanted
    }

    width: Math.max(180, widest + leftPadding + rightPadding)
    padding: 6
    margins: 8
    onAboutToShow: {
        fitToEntries()
        focusBefore = parent && parent.Window ? parent.Window.activeFocusItem : null
    }
    onClosed: if (focusBefore) focusBefore.forceActiveFocus()

    background: Rectangle {
        implicitWidth: 180
        radius: Theme.radius
        color: Theme.surface
        border.width: 1
        border.color: Theme.border
    }
}
