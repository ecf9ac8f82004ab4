import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// One account found in a picture or a file, before it is added: a box to choose it, its names and
// kind, and a mark when Tessera already has it.
RowLayout {
    id: row
    required property int index
    required property string issuer
    required property string name
    required property string kind
    required property bool duplicate
    required property bool selected
    signal toggled(int index, bool checked)
    Layout.fillWidth: true

    CheckOption {
        checked: row.selected
        onToggled: row.toggled(row.index, checked)
        Accessible.name: qsTr("Add %1").arg(row.issuer || row.name)
    }
    ColumnLayout {
        spacing: 0
        Layout.fillWidth: true
        Label { text: row.issuer || row.name; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
        Label { visible: row.issuer !== ""; text: row.name; color: Theme.textMuted; elide: Text.ElideRight; Layout.fillWidth: true }
        Label { text: row.kind; color: Theme.textMuted; font.pixelSize: 11 }
    }
    Label {
        visible: row.duplicate
        text: qsTr("already in Tessera")
        padding: 4
        font.pixelSize: 11
        background: Rectangle { color: Theme.raised; radius: Theme.radius }
    }
}
