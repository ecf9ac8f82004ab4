import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tessera

// One account: edit its names, group and notes; favourite; the websites it signs in on; reveal the
// secret only on purpose; keep the service's recovery codes and hand them out one at a time; delete.
Page {
    Accessible.name: details.title || qsTr("Account")
    id: page
    required property string accountId
    signal done()

    property var details: AccountsController.details(accountId)
    // What the user asked to see, for this account only; the controller hides it on lock.
    readonly property var revealed: AccountsController.revealed
    readonly property bool secretShown: revealed.accountId === accountId && revealed.secret !== ""
    readonly property bool codesShown: revealed.accountId === accountId && revealed.recoveryCodesShown
    readonly property bool dirty: issuer.text !== (details.issuer || "") || name.text !== (details.name || "")
                                  || group.editText !== (details.group || "") || notes.text !== (details.notes || "")

    function refresh() {
        details = AccountsController.details(accountId)
        if (codesShown)
            AccountsController.revealRecoveryCodes(accountId)
    }
    function save() { return AccountsController.edit(accountId, issuer.text, name.text, group.editText, notes.text) }
    // Back, Esc: unsaved edits are not dropped without asking.
    function leave() { if (dirty) unsavedDialog.open(); else done() }
    // The secret and the codes leave the screen (and memory) with the page.
    Component.onDestruction: { AccountsController.revealed.hide(); ExportController.clear() }
    // Editing is what the page is for: the first field has the focus, Enter saves.
    StackView.onActivated: issuer.forceActiveFocus()

    background: Rectangle { color: Theme.window }
    header: HeaderBar {
        title: page.details.title
        backVisible: true
        onBackRequested: page.leave()
        IconButton {
            objectName: "favourite"
            iconName: page.details.favourite ? "star-filled" : "star"
            iconColor: page.details.favourite ? Theme.warning : Theme.text
            checkable: true
            checked: page.details.favourite || false
            tip: page.details.favourite ? qsTr("Remove from favourites") : qsTr("Add to favourites")
            Accessible.role: Accessible.CheckBox
            Accessible.checkable: true
            Accessible.checked: checked
            onClicked: { AccountsController.setFavourite(page.accountId, checked); page.refresh() }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(page.width - 48, Theme.readingWidth)
            x: (page.width - width) / 2
            spacing: 8

            SectionHeader { text: qsTr("Account") }
            GridLayout {
                columns: 2
                columnSpacing: 12
                Layout.fillWidth: true
                Label { text: qsTr("Service") }
                InputField { id: issuer; objectName: "issuer"; text: page.details.issuer || ""; Layout.fillWidth: true; Accessible.name: qsTr("Service"); onAccepted: if (page.dirty && page.save()) page.refresh() }
                Label { text: qsTr("Account") }
                InputField { id: name; text: page.details.name || ""; Layout.fillWidth: true; Accessible.name: qsTr("Account"); onAccepted: if (page.dirty && page.save()) page.refresh() }
                Label { text: qsTr("Group") }
                ChoiceBox {
                    id: group
                    objectName: "group"
                    editable: true
                    model: AccountsController.groups
                    // No group selects no entry: an editable ComboBox would otherwise show (and save) the first.
                    currentIndex: AccountsController.groups.indexOf(page.details.group || "")
                    editText: page.details.group || ""
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Group")
                }
                Label { text: qsTr("Notes"); Layout.alignment: Qt.AlignTop }
                TextBox { id: notes; text: page.details.notes || ""; wrapMode: TextEdit.Wrap; Layout.fillWidth: true; Accessible.name: qsTr("Notes") }
                Label { text: qsTr("Icon") }
                RowLayout {
                    spacing: 12
                    ServiceAvatar {
                        readonly property var look: ServiceIcons.look(page.details.icon || "", issuer.text)
                        issuer: issuer.text
                        name: name.text
                        iconSource: look.source
                        iconBackground: look.background
                    }
                    ActionButton {
                        objectName: "changeIcon"
                        text: qsTr("Change icon…")
                        Accessible.description: qsTr("Choose a service's icon, a picture or the first letter")
                        onClicked: iconChooser.open()
                    }
                }
            }
            ActionButton {
                objectName: "saveChanges"
                text: qsTr("Save changes")
                kind: "primary"
                Layout.alignment: Qt.AlignRight
                enabled: page.dirty
                onClicked: if (page.save()) page.refresh()
            }
            Label {
                text: page.details.counterBased
                      ? qsTr("Counter-based (HOTP), %1, %2 digits, next counter %3").arg(page.details.algorithm).arg(page.details.digits).arg(page.details.counter)
                      : page.details.steam ? qsTr("Steam Guard, every %1 s").arg(page.details.period)
                      : qsTr("Time-based (TOTP), %1, %2 digits, every %3 s").arg(page.details.algorithm).arg(page.details.digits).arg(page.details.period)
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Added %1 · changed %2").arg(page.details.created).arg(page.details.modified)
                color: Theme.textMuted
                font.pixelSize: 11
            }

            AccountSitesSection {
                objectName: "sites"
                accountId: page.accountId
                sites: page.details.sites || []
                onChanged: page.refresh()
            }

            SectionHeader { text: qsTr("Secret key") }
            Label {
                visible: !page.secretShown
                text: qsTr("Anyone who sees the key can make your codes. Show it only to move the account to another device.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                ActionButton {
                    text: page.secretShown ? qsTr("Hide") : qsTr("Show secret key…")
                    onClicked: page.secretShown ? page.revealed.hideSecret() : revealDialog.open()
                }
                Label {
                    objectName: "secretText"
                    visible: page.secretShown
                    text: page.secretShown ? page.revealed.secret : ""
                    font.family: "monospace"
                    font.pixelSize: 16
                    textFormat: Text.PlainText
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Secret key")
                }
            }

            RowLayout {
                ActionButton {
                    objectName: "showQr"
                    text: ExportController.accountCode === "" ? qsTr("Show QR code for a phone…") : qsTr("Hide QR code")
                    onClicked: ExportController.accountCode === "" ? qrDialog.open() : ExportController.clear()
                }
                ActionButton {
                    visible: ExportController.accountCode !== ""
                    text: qsTr("Save as PNG…")
                    onClicked: qrFolderDialog.open()
                }
            }
            Image {
                objectName: "accountQr"
                visible: ExportController.accountCode !== ""
                source: ExportController.accountCode
                cache: false
                smooth: false
                fillMode: Image.PreserveAspectFit
                Layout.preferredWidth: implicitWidth > 0 ? Math.max(1, Math.floor(Math.min(page.width - 48, 320) / implicitWidth)) * implicitWidth : 0
                Layout.preferredHeight: visible ? Layout.preferredWidth : 0
                Accessible.name: qsTr("QR code of this account")
            }
            Label {
                visible: text !== ""
                text: ExportController.message
                color: ExportController.messageIsProblem ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            SectionHeader { text: qsTr("Recovery codes") }
            Label {
                text: page.details.recoveryTotal === 0
                      ? qsTr("Services such as MyKerio or Gcore give one-time backup codes for when the authenticator is lost. Keep them here.")
                      : qsTr("%1 of %2 unused").arg(page.details.recoveryUnused).arg(page.details.recoveryTotal)
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                ActionButton {
                    visible: page.details.recoveryUnused > 0
                    text: qsTr("Copy the next unused code")
                    onClicked: if (AccountsController.copyNextRecoveryCode(page.accountId)) page.refresh()
                }
                ActionButton {
                    objectName: "showCodes"
                    visible: page.details.recoveryTotal > 0
                    text: page.codesShown ? qsTr("Hide recovery codes") : qsTr("Show recovery codes")
                    onClicked: page.codesShown ? page.revealed.hide() : AccountsController.revealRecoveryCodes(page.accountId)
                }
            }
            // Hidden codes show as dots; a shown code is bound as it is (no text built around it, so
            // the only copy stays the controller's locked one).
            Repeater {
                model: page.details.recoveryTotal
                delegate: RowLayout {
                    required property int index
                    readonly property bool used: page.details.recoveryUsed[index]
                    Label {
                        objectName: "recoveryCode" + index
                        text: page.codesShown ? page.revealed.recoveryCodes[index] || "" : "\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022"
                        font.family: "monospace"
                        font.strikeout: used
                        opacity: used ? 0.5 : 1
                        textFormat: Text.PlainText
                    }
                    Label {
                        visible: used
                        text: qsTr("used %1").arg(usedAt)
                        opacity: 0.5
                    }
                }
            }
            TextBox {
                id: newCodes
                objectName: "newCodes"
                placeholderText: qsTr("Paste new codes, one per line")
                font.family: "monospace"
                Layout.fillWidth: true
                Accessible.name: qsTr("New recovery codes")
            }
            RowLayout {
                CheckOption {
                    id: replace
                    objectName: "replace"
                    text: qsTr("They replace the old set")
                    checked: page.details.recoveryTotal > 0
                }
                Item { Layout.fillWidth: true }
                ActionButton {
                    text: qsTr("Save codes")
                    enabled: newCodes.text.trim() !== ""
                    onClicked: if (AccountsController.addRecoveryCodes(page.accountId, newCodes.text, replace.checked)) { newCodes.text = ""; page.refresh() }
                }
            }

            SectionHeader { text: qsTr("Delete") }
            ActionButton {
                text: qsTr("Delete this account…")
                kind: "destructive"
                iconName: "delete"
                onClicked: deleteDialog.open()
            }
            Item { Layout.preferredHeight: 24 }
        }
    }

    ModalDialog {
        id: revealDialog
        objectName: "revealDialog"
        title: qsTr("Show the secret key?")
        text: qsTr("Make sure nobody can see your screen, and that it is not being shared or recorded.")
        acceptText: qsTr("Show key")
        onAccepted: AccountsController.revealSecret(page.accountId)
    }
    ModalDialog {
        id: qrDialog
        objectName: "qrDialog"
        title: qsTr("Show the QR code?")
        text: qsTr("The code holds the secret key: anyone who sees or photographs it can make your codes. Make sure nobody can see your screen, and that it is not being shared or recorded.")
        acceptText: qsTr("Show QR code")
        onAccepted: ExportController.showAccountCode(page.accountId)
    }
    FolderDialog {
        id: qrFolderDialog
        title: qsTr("Save the QR code in")
        onAccepted: ExportController.saveTo(selectedFolder)
    }
    ModalDialog {
        id: deleteDialog
        objectName: "deleteDialog"
        title: qsTr("Delete %1?").arg(page.details.title)
        text: qsTr("Turn off two-factor sign-in at the service first, or keep another device with this account: without it you may not be able to sign in.")
        acceptText: qsTr("Delete")
        destructive: true
        onAccepted: if (AccountsController.remove(page.accountId)) page.done()
    }
    ModalDialog {
        id: unsavedDialog
        objectName: "unsavedDialog"
        title: qsTr("Save your changes?")
        text: qsTr("You changed this account's details but have not saved them.")
        acceptText: qsTr("Save")
        alternativeText: qsTr("Discard")
        onAccepted: if (page.save()) page.done()
        onDiscarded: { close(); page.done() }
    }

    IconChooser {
        id: iconChooser
        accountId: page.accountId
        issuer: page.details.issuer || ""
        currentIcon: page.details.icon || ""
        onChanged: page.refresh()
    }
}
