import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tessera

// Choose an account's icon: any service's icon from the bundled set (searched by name; the issuer's
// matches first), a picture file, the first letter, or back to automatic. Arrows move through the
// icons, Enter uses the one in focus.
ModalDialog {
    id: chooser
    objectName: "iconChooser"
    property string accountId
    property string issuer
    property string currentIcon
    property string chosenValue
    signal changed()

    title: qsTr("Icon for %1").arg(issuer !== "" ? issuer : qsTr("this account"))
    acceptText: qsTr("Use this icon")
    acceptEnabled: chosenValue !== ""
    width: Math.min(parent ? parent.width - 48 : 520, 520)

    property string problem
    // A failure (a file that is no picture, too large) stays in the dialog, said inline.
    function apply(ok) {
        if (!ok) { problem = AccountsController.errorString; return }
        changed()
        close()
    }
    onAboutToShow: { query.text = ""; chosenValue = ""; problem = ""; grid.currentIndex = -1; query.forceActiveFocus() }
    onAccepted: apply(AccountsController.setIcon(accountId, chosenValue))

    SearchField {
        id: query
        objectName: "iconSearch"
        placeholderText: qsTr("Search icons by service")
        Accessible.name: qsTr("Search icons by service")
        Layout.fillWidth: true
        Keys.onDownPressed: { grid.currentIndex = Math.max(grid.currentIndex, 0); grid.forceActiveFocus() }
    }
    GridView {
        id: grid
        objectName: "iconGrid"
        Layout.fillWidth: true
        Layout.preferredHeight: 3 * cellHeight
        clip: true
        cellWidth: Math.floor(width / Math.max(1, Math.floor(width / 84)))
        cellHeight: 84
        keyNavigationEnabled: true
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Service icons")
        // The icons of added Aegis packs that fit come first, then the bundled set's.
        readonly property string wanted: query.text !== "" ? query.text : chooser.issuer
        model: IconPacksController.search(wanted, 24).concat(ServiceIcons.search(wanted, 60))
        ScrollBar.vertical: ScrollBar {}
        onCurrentIndexChanged: chooser.chosenValue = currentIndex >= 0 && model[currentIndex] ? model[currentIndex].value : ""
        delegate: ItemDelegate {
            id: cell
            required property var modelData
            required property int index
            width: grid.cellWidth
            height: grid.cellHeight
            highlighted: GridView.isCurrentItem
            focusPolicy: Qt.NoFocus
            Accessible.name: modelData.title
            Accessible.role: Accessible.ListItem
            Accessible.selected: highlighted
            Accessible.onPressAction: grid.currentIndex = index
            onClicked: grid.currentIndex = index
            onDoubleClicked: chooser.accept()
            ToolTip.visible: hovered
            ToolTip.text: modelData.title
            background: Rectangle {
                radius: Theme.radius
                color: cell.highlighted ? Theme.accentSoft : cell.hovered ? Theme.raised : "transparent"
                border.width: cell.highlighted && grid.activeFocus ? 2 : 0
                border.color: Theme.accent
            }
            contentItem: ColumnLayout {
                spacing: 4
                ServiceAvatar {
                    issuer: cell.modelData.title
                    iconSource: cell.modelData.source
                    iconBackground: cell.modelData.background
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: cell.modelData.title
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: 11
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: grid.count === 0
            text: qsTr("No service's icon matches “%1”.").arg(query.text)
            color: Theme.textMuted
        }
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        ActionButton {
            objectName: "iconAutomatic"
            text: qsTr("Automatic")
            kind: "flat"
            enabled: chooser.currentIcon !== ""
            onClicked: chooser.apply(AccountsController.setIcon(chooser.accountId, ""))
        }
        ActionButton {
            objectName: "iconLetter"
            text: qsTr("First letter")
            kind: "flat"
            enabled: chooser.currentIcon !== "letter"
            onClicked: chooser.apply(AccountsController.setIcon(chooser.accountId, "letter"))
        }
        ActionButton {
            objectName: "iconPicture"
            text: qsTr("Picture file…")
            kind: "flat"
            iconName: "image"
            onClicked: pictureDialog.open()
        }
    }
    Label {
        objectName: "iconProblem"
        visible: chooser.problem !== ""
        text: chooser.problem
        color: Theme.danger
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Label {
        text: IconPacksController.packs.length > 0
              ? qsTr("Icons: your icon packs and Simple Icons (CC0). Brand icons are trademarks of their owners.")
              : qsTr("Icons: Simple Icons (CC0). Brand icons are trademarks of their owners.")
        font.pixelSize: 11
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    FileDialog {
        id: pictureDialog
        title: qsTr("Choose a picture for the account's icon")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.gif *.webp *.svg)"), qsTr("All files (*)")]
        onAccepted: chooser.apply(AccountsController.setIconFromFile(chooser.accountId, selectedFile))
    }
}
