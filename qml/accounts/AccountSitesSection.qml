import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// The websites an account signs in on (session/account_sites.h): listed with a remove button each,
// and a field to add one. What the user types is checked by the core; a refusal is said under the field.
ColumnLayout {
    id: section
    required property string accountId
    required property var sites
    signal changed()
    property string problem: ""

    function add() {
        if (site.text.trim() === "")
            return
        if (AccountsController.addSite(accountId, site.text)) {
            site.text = ""
            problem = ""
            changed()
        } else {
            problem = AccountsController.errorString
        }
    }

    spacing: 6
    Layout.fillWidth: true

    SectionHeader { text: qsTr("Websites") }
    Label {
        text: qsTr("The websites where this account signs in (github.com also covers gist.github.com).")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Repeater {
        model: section.sites
        delegate: RowLayout {
            required property string modelData
            Layout.fillWidth: true
            Label {
                objectName: "site"
                text: modelData
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            IconButton {
                objectName: "removeSite"
                iconName: "remove"
                tip: qsTr("Remove %1").arg(modelData)
                onClicked: if (AccountsController.removeSite(section.accountId, modelData)) section.changed()
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        InputField {
            id: site
            objectName: "newSite"
            placeholderText: qsTr("Add a website, such as github.com")
            Accessible.name: qsTr("New website")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Layout.fillWidth: true
            onAccepted: section.add()
            onTextChanged: section.problem = ""
        }
        ActionButton {
            objectName: "addSite"
            text: qsTr("Add")
            enabled: site.text.trim() !== ""
            onClicked: section.add()
        }
    }
    Label {
        objectName: "siteProblem"
        visible: section.problem !== ""
        text: section.problem
        color: Theme.danger
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
