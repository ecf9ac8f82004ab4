import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// Which accounts an export takes: all of them, or the ones ticked in the list.
ColumnLayout {
    id: chooser
    property var chosen: []                                  // ids ticked under "Choose accounts"
    readonly property bool choosing: someAccounts.checked
    readonly property var ids: choosing ? chosen : []        // empty: every account
    readonly property bool ready: !choosing || chosen.length > 0
    spacing: 2
    Layout.fillWidth: true

    ChoiceButton { objectName: "allAccounts"; checked: true; text: qsTr("All accounts") }
    ChoiceButton { id: someAccounts; objectName: "someAccounts"; text: qsTr("Choose accounts") }
    Repeater {
        model: someAccounts.checked ? AccountsController.model : null
        delegate: CheckOption {
            required property string accountId
            required property string issuer
            required property string name
            text: issuer !== "" && name !== "" ? issuer + " (" + name + ")" : issuer + name
            checked: chooser.chosen.indexOf(accountId) >= 0
            onToggled: chooser.chosen = checked ? chooser.chosen.concat([accountId]) : chooser.chosen.filter(id => id !== accountId)
            Layout.leftMargin: 24
        }
    }
}
