import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// Settings → Browser integration: connect Tessera to the browsers found (their native messaging host),
// where the extension comes from, the browsers allowed to ask for codes, and the websites answered.
ColumnLayout {
    id: section
    Layout.fillWidth: true
    spacing: 6

    SectionHeader { text: qsTr("Browser integration") }
    Label {
        text: qsTr("Tessera can fill sign-in codes in Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi and "
                   + "Firefox: connect your browsers here, then add the Tessera extension to them. Each browser is "
                   + "asked about once here, and each website once.")
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Repeater {
        id: browserRows
        model: BrowserIntegrationController.browsers // looked up once per change: it reads the browsers' folders
        delegate: RowLayout {
            required property var modelData
            visible: modelData.found || modelData.installed
            Layout.fillWidth: true
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label { text: modelData.name; Layout.fillWidth: true }
                Label {
                    objectName: "browserState"
                    text: modelData.state
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            ActionButton {
                objectName: "connectBrowser"
                visible: !modelData.installed && modelData.canInstall
                text: qsTr("Connect")
                Accessible.name: qsTr("Connect %1").arg(modelData.name)
                onClicked: BrowserIntegrationController.install(modelData.key)
            }
            ActionButton {
                objectName: "disconnectBrowser"
                visible: modelData.installed
                kind: "flat"
                text: qsTr("Disconnect")
                Accessible.name: qsTr("Disconnect %1").arg(modelData.name)
                onClicked: BrowserIntegrationController.uninstall(modelData.key)
            }
        }
    }
    Label {
        objectName: "noBrowserFound"
        visible: !browserRows.model.some(b => b.found || b.installed)
        text: qsTr("No browser was found on this computer. Start your browser once, then look here again.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Label {
        text: BrowserIntegrationController.extensionFolder !== ""
              ? qsTr("The extension comes from your browser's add-on store, or loads unpacked (developer mode) from:")
              : qsTr("The extension comes from your browser's add-on store.")
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Label {
        visible: BrowserIntegrationController.extensionFolder !== ""
        text: BrowserIntegrationController.extensionFolder
        font.family: "monospace"
        wrapMode: Text.WrapAnywhere
        textFormat: Text.PlainText
        Layout.fillWidth: true
    }
    Flow { // wraps where the words are long (French, Russian)
        Layout.fillWidth: true
        spacing: 8
        ActionButton {
            objectName: "openExtensionFolder"
            visible: BrowserIntegrationController.extensionFolder !== ""
            text: qsTr("Open the folder")
            onClicked: Qt.openUrlExternally("file://" + BrowserIntegrationController.extensionFolder)
        }
        ActionButton {
            objectName: "checkBrowsersAgain"
            text: qsTr("Look for browsers again")
            onClicked: BrowserIntegrationController.refresh()
        }
    }
    Label {
        visible: BrowserIntegrationController.message !== ""
        text: BrowserIntegrationController.message
        color: BrowserIntegrationController.messageIsProblem ? Theme.danger : Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    Label {
        visible: BrowserIntegrationController.pairs.length > 0
        text: qsTr("Browsers allowed to ask for codes")
        font.weight: Font.DemiBold
        Layout.topMargin: 6
    }
    Repeater {
        model: BrowserIntegrationController.pairs
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            Label {
                text: qsTr("%1, allowed on %2").arg(modelData.browser).arg(modelData.paired)
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "forgetBrowser"
                kind: "flat"
                text: qsTr("Forget")
                Accessible.name: qsTr("Forget %1").arg(modelData.browser)
                onClicked: BrowserIntegrationController.forgetPair(modelData.id)
            }
        }
    }
    Label {
        visible: BrowserIntegrationController.siteAnswers.length > 0
        text: qsTr("Websites")
        font.weight: Font.DemiBold
        Layout.topMargin: 6
    }
    Repeater {
        model: BrowserIntegrationController.siteAnswers
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            Label {
                text: modelData.always ? qsTr("%1: filled").arg(modelData.site) : qsTr("%1: never filled").arg(modelData.site)
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "forgetSite"
                kind: "flat"
                text: qsTr("Ask again")
                Accessible.name: qsTr("Ask again about %1").arg(modelData.site)
                onClicked: BrowserIntegrationController.forgetSite(modelData.site)
            }
        }
    }
}
