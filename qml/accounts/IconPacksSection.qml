import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tessera

// Settings → Service icons: where the icons come from, the Aegis icon packs added (each removable),
// adding one, and giving the accounts it fits its icons.
ColumnLayout {
    id: section
    spacing: 6

    SectionHeader { text: qsTr("Service icons") }
    Label {
        text: qsTr("Accounts show their service's icon from Simple Icons. An Aegis icon pack (a ZIP file with pack.json) adds icons of its own to choose from.")
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    Repeater {
        model: IconPacksController.packs
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            Label {
                text: qsTr("%1, version %2: %n icon(s)", "", modelData.icons).arg(modelData.name).arg(modelData.version)
                wrapMode: Text.WordWrap
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
            IconButton {
                objectName: "removeIconPack"
                iconName: "delete"
                tip: qsTr("Remove the icon pack “%1”").arg(modelData.name)
                onClicked: IconPacksController.removePack(modelData.uuid)
            }
        }
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        ActionButton {
            objectName: "importIconPack"
            text: qsTr("Add an Aegis icon pack…")
            iconName: "import"
            enabled: !IconPacksController.busy
            onClicked: packDialog.open()
        }
        ActionButton {
            objectName: "useIconPack"
            visible: IconPacksController.fittingAccounts > 0
            text: qsTr("Use pack icons for %n account(s)", "", IconPacksController.fittingAccounts)
            onClicked: IconPacksController.useForAccounts()
        }
    }
    Label {
        objectName: "iconPackMessage"
        visible: text !== ""
        text: IconPacksController.busy ? qsTr("Reading the icon pack…") : IconPacksController.message
        color: IconPacksController.messageIsProblem ? Theme.danger : Theme.text
        wrapMode: Text.WordWrap
        textFormat: Text.PlainText
        Layout.fillWidth: true
    }

    FileDialog {
        id: packDialog
        title: qsTr("Add an Aegis icon pack")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Icon packs (*.zip)"), qsTr("All files (*)")]
        onAccepted: IconPacksController.importPack(selectedFile)
    }
}
