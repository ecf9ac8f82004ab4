import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// In Settings: "Let tessera-cli use the unlocked app": ask each time, allow while unlocked, or never.
ColumnLayout {
    Layout.fillWidth: true
    spacing: 6

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Let tessera-cli use the unlocked app")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ChoiceBox {
            objectName: "cliAccess"
            Accessible.name: qsTr("Let tessera-cli use the unlocked app")
            model: [qsTr("Ask each time"), qsTr("While unlocked"), qsTr("Never")]
            currentIndex: CliRequestsController.access
            onActivated: (index) => CliRequestsController.access = index
        }
    }
    Label {
        text: CliRequestsController.access === CliRequestsController.Never
              ? qsTr("tessera-cli asks for the password and opens the vault file itself.")
              : qsTr("While Tessera is unlocked, tessera-cli gets codes from it without the password. Only your "
                     + "own programs can ask; nothing can be added, changed or exported this way.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
