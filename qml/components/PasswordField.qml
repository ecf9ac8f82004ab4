import QtQuick
import QtQuick.Controls

// A password field whose text can be shown on request (eye button) to check a typo.
TextField {
    id: field
    property bool revealed: false
    echoMode: revealed ? TextInput.Normal : TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    rightPadding: eye.width + 8
    selectByMouse: true

    ToolButton {
        id: eye
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: field.revealed ? "\u25C9" : "\u25CE"
        focusPolicy: Qt.NoFocus
        onClicked: field.revealed = !field.revealed
        Accessible.name: field.revealed ? qsTr("Hide password") : qsTr("Show password")
        ToolTip.visible: hovered
        ToolTip.text: Accessible.name
    }
}
