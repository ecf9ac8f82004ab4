import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera

// Add an account: type the key the service shows (checked while typing), or paste its otpauth://
// link. A QR code (picture, screen, clipboard, camera) is one button away, on the scan page.
Page {
    id: page
    signal done()
    signal scanRequested()
    title: qsTr("Add account")
    Accessible.name: title

    background: Rectangle { color: Theme.window }
    header: HeaderBar {
        title: page.title
        backVisible: true
        onBackRequested: page.done()
    }

    Connections {
        target: AddAccountController
        function onAdded() { page.done() }
    }
    StackView.onActivated: issuer.forceActiveFocus()

    // The typed form; the rules (which fields a type has, what is valid) are in C++.
    AccountForm {
        id: form
        issuer: issuer.text
        name: name.text
        secret: secret.text
        kind: kind.currentIndex
        algorithm: algorithm.currentIndex
        digits: digits.value
        period: period.value
        counter: counter.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        ActionButton {
            objectName: "scanInstead"
            text: qsTr("Scan a QR code instead…")
            Layout.margins: 12
            Layout.fillWidth: true
            onClicked: page.scanRequested()
        }
        SegmentedTabs {
            id: tabs
            objectName: "tabs"
            Layout.fillWidth: true
            SegmentButton { text: qsTr("Enter a key") }
            SegmentButton { text: qsTr("Paste a link") }
        }
        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            ScrollView {
                contentWidth: availableWidth
                ColumnLayout {
                    width: Math.min(page.width - 48, Theme.readingWidth)
                    x: (page.width - width) / 2
                    spacing: 8
                    Item { Layout.preferredHeight: 8 }
                    Label { text: qsTr("Service"); font.weight: Font.DemiBold }
                    InputField {
                        id: issuer
                        objectName: "issuer"
                        placeholderText: qsTr("e.g. Gcore")
                        Layout.fillWidth: true
                        focus: true
                        Accessible.name: qsTr("Service")
                        onAccepted: addKey.clicked()
                    }
                    Label { text: qsTr("Account"); font.weight: Font.DemiBold }
                    InputField {
                        id: name
                        objectName: "name"
                        placeholderText: qsTr("e.g. you@example.com")
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Account")
                        onAccepted: addKey.clicked()
                    }
                    Label { text: qsTr("Secret key"); font.weight: Font.DemiBold }
                    InputField {
                        id: secret
                        objectName: "secret"
                        placeholderText: qsTr("e.g. JBSW Y3DP EHPK 3PXP")
                        font.family: "monospace"
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Secret key")
                        invalid: AddAccountController.secretProblem(text) !== ""
                        onAccepted: addKey.clicked()
                    }
                    Label {
                        objectName: "secretProblem"
                        readonly property string problem: AddAccountController.secretProblem(secret.text)
                        text: problem !== "" ? problem : qsTr("Spaces, hyphens and lower case are fine.")
                        color: problem !== "" ? Theme.danger : Theme.textMuted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.AlertMessage
                    }
                    ToggleSwitch {
                        id: advanced
                        text: qsTr("Advanced: type, algorithm, digits, period")
                    }
                    GridLayout {
                        visible: advanced.checked
                        columns: 2
                        columnSpacing: 12
                        Layout.fillWidth: true
                        Label { text: qsTr("Type") }
                        ChoiceBox {
                            id: kind
                            model: [qsTr("Time-based (TOTP)"), qsTr("Counter-based (HOTP)"), qsTr("Steam Guard")]
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Type")
                        }
                        Label { text: qsTr("Algorithm"); visible: form.usesAlgorithm }
                        ChoiceBox {
                            id: algorithm
                            visible: form.usesAlgorithm
                            model: ["SHA1", "SHA256", "SHA512"]
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Algorithm")
                        }
                        Label { text: qsTr("Digits"); visible: form.usesDigits }
                        NumberBox {
                            id: digits
                            visible: form.usesDigits
                            from: 6; to: 10; value: 6
                            Accessible.name: qsTr("Digits")
                        }
                        Label { text: qsTr("Period (seconds)"); visible: form.usesPeriod }
                        NumberBox {
                            id: period
                            visible: form.usesPeriod
                            from: 1; to: 3600; value: 30
                            editable: true
                            Accessible.name: qsTr("Period in seconds")
                        }
                        Label { text: qsTr("Counter"); visible: form.usesCounter }
                        InputField {
                            id: counter
                            visible: form.usesCounter
                            text: "0"
                            inputMethodHints: Qt.ImhDigitsOnly
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Counter")
                        }
                    }
                    Label {
                        objectName: "addProblem"
                        visible: AddAccountController.errorString !== "" && tabs.currentIndex === 0
                        text: AddAccountController.errorString
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    ActionButton {
                        id: addKey
                        objectName: "addKey"
                        text: qsTr("Add account")
                        kind: "primary"
                        enabled: !AddAccountController.busy
                        Layout.alignment: Qt.AlignRight
                        onClicked: AddAccountController.addManual(form)
                    }
                }
            }

            ScrollView {
                contentWidth: availableWidth
                ColumnLayout {
                    width: Math.min(page.width - 48, Theme.readingWidth)
                    x: (page.width - width) / 2
                    spacing: 8
                    Item { Layout.preferredHeight: 8 }
                    Label {
                        text: qsTr("Paste the otpauth:// link that the service offers, for example under “Can't scan the code?”.")
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    TextBox {
                        id: link
                        objectName: "link"
                        placeholderText: "otpauth://totp/Service:you@example.com?secret=…"
                        wrapMode: TextEdit.WrapAnywhere
                        font.family: "monospace"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 96
                        Accessible.name: qsTr("otpauth link")
                        // A link is one line: Enter adds it (Shift+Enter still breaks a line).
                        Keys.onReturnPressed: (event) => { if (event.modifiers & Qt.ShiftModifier) event.accepted = false; else addLink.clicked() }
                        Keys.onEnterPressed: addLink.clicked()
                    }
                    Label {
                        readonly property string problem: AddAccountController.linkProblem(link.text)
                        readonly property var preview: AddAccountController.linkPreview(link.text)
                        text: problem !== "" ? problem
                              : link.text.trim() === "" ? ""
                              : qsTr("%1 · %2 · %3, %4 digits").arg(preview.issuer || qsTr("(no service)")).arg(preview.name || qsTr("(no account)")).arg(preview.kind).arg(preview.digits)
                        color: problem !== "" ? Theme.danger : Theme.text
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.AlertMessage
                    }
                    Label {
                        visible: AddAccountController.errorString !== "" && tabs.currentIndex === 1
                        text: AddAccountController.errorString
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    ActionButton {
                        id: addLink
                        objectName: "addLink"
                        text: qsTr("Add account")
                        kind: "primary"
                        enabled: !AddAccountController.busy
                        Layout.alignment: Qt.AlignRight
                        onClicked: AddAccountController.addFromLink(link.text)
                    }
                }
            }
        }
    }
}
