import QtQuick
import QtQuick.Controls
import Tessera

// A password field whose text can be shown on request (the eye) to check a typo.
InputField {
    id: field
    property bool revealed: false
    echoMode: revealed ? TextInput.Normal : TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    rightPadding: eye.width + 4

    IconButton {
        id: eye
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        implicitWidth: 34
        implicitHeight: 34
        padding: 7
        iconName: field.revealed ? "eye-off" : "eye"
        tip: field.revealed ? qsTr("Hide password") : qsTr("Show password")
        focusPolicy: Qt.NoFocus
        onClicked: field.revealed = !field.revealed
    }
}
