import QtQuick
import QtQuick.Controls.impl
import Tessera

// The search field of the header: a magnifier inside, and a clear button once something is typed.
InputField {
    id: field
    leftPadding: 36
    rightPadding: clear.visible ? 36 : 12

    IconImage {
        x: 10
        anchors.verticalCenter: parent.verticalCenter
        source: "qrc:/icons/search.svg"
        sourceSize: Qt.size(18, 18)
        color: Theme.textMuted
    }
    IconButton {
        id: clear
        visible: field.text !== ""
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        implicitWidth: 32
        implicitHeight: 32
        padding: 6
        iconName: "close"
        tip: qsTr("Clear the search")
        focusPolicy: Qt.NoFocus
        onClicked: field.clear()
    }
}
