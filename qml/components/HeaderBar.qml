import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// The bar at the top of every page: a back button when there is somewhere to go back to, the title,
// and the page's own controls (its children) on the right.
ToolBar {
    id: bar
    property string title
    property bool backVisible: false
    default property alias actions: trailing.data
    signal backRequested()

    leftPadding: 8
    rightPadding: 8
    background: Rectangle {
        implicitHeight: 56
        color: Theme.raised
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 6
        IconButton {
            visible: bar.backVisible
            iconName: "back"
            tip: qsTr("Back (Esc)")
            onClicked: bar.backRequested()
        }
        Label {
            visible: bar.title !== ""
            text: bar.title
            color: Theme.text
            font.pixelSize: 17
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: bar.backVisible ? 0 : 8
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RowLayout {
            id: trailing
            spacing: 2
            Layout.fillWidth: bar.title === ""
        }
    }
}
