import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import Tessera

// Add accounts from QR codes: a picture file, a dropped or pasted picture, the screen, or the camera.
// What was found is listed before anything is added; accounts Tessera already has are marked.
Page {
    id: page
    signal done()
    property bool cameraOn: false
    property string cameraError: ""
    title: qsTr("Scan a QR code")
    Accessible.name: title

    background: Rectangle { color: Theme.window }
    header: HeaderBar {
        title: page.title
        backVisible: true
        onBackRequested: page.done()
    }

    Component.onDestruction: { ScanController.videoSink = null; ScanController.clear() }
    Connections {
        target: ScanController
        function onFoundByCamera() { page.cameraOn = false }
        function onAdded() { page.done() }
    }
    // Frames go to the decoder only while the camera runs.
    Binding { target: ScanController; property: "videoSink"; value: cameraView.item ? cameraView.item.videoSink : null }

    Shortcut { sequences: [StandardKey.Open]; onActivated: fileDialog.open() }
    StackView.onActivated: openPicture.forceActiveFocus()
    // Once something new is found, Enter adds what is ticked: the focus moves to that button.
    Connections {
        target: ScanController.results
        function onCountChanged() {
            if (ScanController.results.newCount > 0)
                addSelected.forceActiveFocus()
        }
    }
    Shortcut { sequences: [StandardKey.Paste]; onActivated: ScanController.scanClipboard() }


    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(page.width - 48, Theme.readingWidth)
            x: (page.width - width) / 2
            spacing: 10
            Item { Layout.preferredHeight: 4 }
            Label {
                text: qsTr("Open a picture of the service's QR code, paste it, take it from the screen or hold it up to the camera. A Google Authenticator export works too — scan each of its codes. You can also drop pictures on this page.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Flow {
                Layout.fillWidth: true
                onWidthChanged: forceLayout() // wrap again once the column has set the width
                spacing: 8
                ActionButton { id: openPicture; objectName: "openPicture"; text: qsTr("Open picture…"); onClicked: fileDialog.open(); ToolTip.visible: hovered; ToolTip.text: qsTr("Ctrl+O") }
                ActionButton { objectName: "paste"; text: qsTr("Paste"); onClicked: ScanController.scanClipboard(); ToolTip.visible: hovered; ToolTip.text: qsTr("Ctrl+V") }
                ActionButton { objectName: "fromScreen"; text: qsTr("From the screen"); onClicked: ScanController.scanScreen() }
                ActionButton {
                    objectName: "camera"
                    text: page.cameraOn ? qsTr("Stop camera") : qsTr("Camera")
                    checkable: true
                    checked: page.cameraOn
                    onToggled: { page.cameraError = ""; page.cameraOn = checked }
                }
            }

            // The camera: a picker when there are several, the live picture, and why it is not working.
            // The capture pipeline exists only while the camera runs (Qt 6.4's GStreamer backend can
            // hang tearing down an idle one), and never without a camera.
            MediaDevices { id: devices }
            ChoiceBox {
                id: picker
                visible: page.cameraOn && devices.videoInputs.length > 1
                model: devices.videoInputs.map(d => d.description)
                Accessible.name: qsTr("Camera")
                Layout.fillWidth: true
            }
            Loader {
                id: cameraView
                active: page.cameraOn && devices.videoInputs.length > 0
                visible: active
                Layout.fillWidth: true
                Layout.preferredHeight: active ? width * 3 / 4 : 0
                sourceComponent: Item {
                    readonly property alias videoSink: videoOutput.videoSink
                    CaptureSession {
                        camera: Camera {
                            cameraDevice: picker.currentIndex >= 0 && picker.currentIndex < devices.videoInputs.length
                                          ? devices.videoInputs[picker.currentIndex] : devices.defaultVideoInput
                            active: true
                            onErrorOccurred: (error, errorString) => { page.cameraError = errorString; page.cameraOn = false }
                        }
                        videoOutput: videoOutput
                    }
                    VideoOutput { id: videoOutput; anchors.fill: parent }
                }
            }
            Label {
                objectName: "cameraProblem"
                visible: text !== ""
                text: page.cameraError !== "" ? qsTr("The camera could not be used: %1. Check that no other program uses it and that Tessera may access it.").arg(page.cameraError)
                    : page.cameraOn && devices.videoInputs.length === 0 ? qsTr("No camera found. Connect one, or open a picture of the code instead.")
                    : ""
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: page.cameraOn && devices.videoInputs.length > 0
                text: qsTr("Hold the code steady in front of the camera; it stops by itself once the code is read.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            RowLayout {
                visible: ScanController.busy
                BusyIndicator { running: ScanController.busy; Layout.preferredHeight: 32; Layout.preferredWidth: 32 }
                Label { text: qsTr("Reading the picture…") }
                ActionButton {
                    objectName: "stopScan"
                    text: qsTr("Stop")
                    onClicked: ScanController.cancel()
                    
                }
            }
            Label {
                objectName: "scanMessage"
                visible: text !== ""
                text: ScanController.message
                color: ScanController.messageIsProblem ? Theme.danger : Theme.text
                font.bold: !ScanController.messageIsProblem
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "exportProgress"
                visible: text !== ""
                text: ScanController.exportProgress
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            SectionHeader { visible: results.count > 0; text: qsTr("Found") }
            Repeater {
                id: results
                model: ScanController.results
                delegate: FoundAccountRow {
                    onToggled: (row, checked) => ScanController.results.setSelected(row, checked)
                }
            }
            Label {
                visible: text !== ""
                text: ScanController.skippedText
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "nothingNew"
                visible: results.count > 0 && ScanController.results.newCount === 0
                text: results.count === 1 ? qsTr("Tessera already has this account.") : qsTr("Tessera already has all of these accounts.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                visible: results.count > 0
                ActionButton {
                    id: addSelected
                    objectName: "addSelected"
                    text: ScanController.results.newCount === 0 ? qsTr("Nothing new to add") : qsTr("Add %n account(s)", "", ScanController.selectedCount)
                    enabled: ScanController.selectedCount > 0
                    kind: "primary"
                    onClicked: ScanController.addSelected()
                }
                ActionButton { text: qsTr("Clear"); onClicked: ScanController.clear() }
            }
            Item { Layout.preferredHeight: 16 }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Open a picture of the QR code")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"), qsTr("All files (*)")]
        onAccepted: ScanController.scanFiles(selectedFiles)
    }
}
