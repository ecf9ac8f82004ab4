import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import Tessera

// A drop-down choice drawn like the fields around it: rounded, a chevron, and a list that looks like
// the app's menus. Wide enough for its longest entry unless the layout gives it more.
ComboBox {
    id: box
    implicitContentWidthPolicy: ComboBox.WidestText
    leftPadding: 12
    rightPadding: 36
    Accessible.name: displayText

    // A text field so that an editable box can be typed in; read-only otherwise.
    contentItem: TextField {
        // Typing into an editable box is the box itself to a screen reader; a fixed one reads as the box.
        Accessible.name: box.Accessible.name
        Accessible.ignored: !box.editable
        text: box.editable ? box.editText : box.displayText
        enabled: box.editable
        autoScroll: box.editable
        readOnly: box.down
        inputMethodHints: box.inputMethodHints
        validator: box.validator
        selectByMouse: true
        color: Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.textOnAccent
        font: box.font
        verticalAlignment: Text.AlignVCenter
        padding: 0
        background: null
    }
    indicator: IconImage {
        x: box.width - width - 10
        y: (box.height - height) / 2
        source: "qrc:/icons/expand.svg"
        sourceSize: Qt.size(18, 18)
        color: Theme.textMuted
    }
    background: Rectangle {
        implicitWidth: 120
        implicitHeight: 38
        radius: Theme.radius
        color: box.hovered ? Theme.raised : Theme.surface
        border.width: box.activeFocus ? 2 : 1
        border.color: box.activeFocus ? Theme.accent : Theme.border
        opacity: box.enabled ? 1 : 0.5
    }
    delegate: ItemDelegate {
        required property int index
        width: ListView.view ? ListView.view.width : implicitWidth
        highlighted: box.highlightedIndex === index
        text: box.textAt(index)
        contentItem: Text {
            text: parent.text
            color: Theme.text
            font: box.font
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: Theme.radius - 2
            color: parent.highlighted ? Theme.raised : "transparent"
        }
    }
    popup: Popup {
        y: box.height + 4
        width: box.width
        implicitHeight: Math.min(contentItem.implicitHeight + topPadding + bottomPadding, 320)
        padding: 6
        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            model: box.popup.visible ? box.delegateModel : null
            currentIndex: box.highlightedIndex
            ScrollIndicator.vertical: ScrollIndicator {}
        }
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: 1
            border.color: Theme.border
        }
    }
}
