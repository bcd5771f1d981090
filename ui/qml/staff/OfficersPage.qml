pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// Officers: the accounts of the office. Supervisors see who is locked out and lift it;
// administrators add officers, change names and roles, reset PINs and deactivate accounts.
Item {
    id: page
    objectName: "page.officers"
    required property var officers
    readonly property string selected: officers.selected

    function pick(code) {
        page.officers.select(code)
        editName.text = page.officers.selectedName
        editRole.currentIndex = editRole.indexOfValue(page.officers.selectedRole)
        panel.mode = "edit"
    }
    onVisibleChanged: if (visible) officers.refresh()

    RowLayout {
        anchors.fill: parent
        spacing: 12

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 6
            RowLayout {
                Layout.fillWidth: true
                SectionTitle { Layout.fillWidth: true; text: qsTr("Petugas") }
                Text {
                    objectName: "officers.lockedCount"
                    visible: page.officers.lockedCount > 0
                    text: qsTr("%1 akun terkunci").arg(page.officers.lockedCount)
                    font.pixelSize: StaffStyle.small
                    font.bold: true
                    color: StaffStyle.bad
                }
                Button {
                    text: qsTr("Muat ulang")
                    font.pixelSize: StaffStyle.small
                    focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                    onClicked: page.officers.refresh()
                }
            }
            TableHeader {
                Layout.fillWidth: true
                titles: [qsTr("ID"), qsTr("Nama"), qsTr("Peran"), qsTr("Status")]
                widths: [120, -1, 130, 200]
            }
            ListView {
                id: list
                objectName: "officers.list"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.officers.rows
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                delegate: Rectangle {
                    id: row
                    required property string code
                    required property string name
                    required property string role
                    required property string roleLabel
                    required property bool active
                    required property string statusLabel
                    required property bool locked
                    required property string lockedUntil
                    objectName: "officers.row." + code
                    width: ListView.view.width - 12
                    height: 36
                    radius: 4
                    color: page.selected === code ? StaffStyle.selected : (locked ? StaffStyle.badSoft : "transparent")
                    MouseArea { anchors.fill: parent; onClicked: page.pick(row.code) }
                    RowLayout {
                        anchors.fill: parent
                        spacing: 8
                        Text { Layout.leftMargin: 8; Layout.preferredWidth: 112; text: row.code; font.pixelSize: StaffStyle.body; font.bold: true; color: StaffStyle.text; elide: Text.ElideRight }
                        Text { Layout.fillWidth: true; text: row.name; font.pixelSize: StaffStyle.body; color: row.active ? StaffStyle.text : StaffStyle.muted; elide: Text.ElideRight }
                        Text { Layout.preferredWidth: 130; text: row.roleLabel; font.pixelSize: StaffStyle.body; color: StaffStyle.text; elide: Text.ElideRight }
                        Text {
                            Layout.preferredWidth: 200
                            text: row.locked ? qsTr("Terkunci s.d. %1").arg(row.lockedUntil) : row.statusLabel
                            font.pixelSize: StaffStyle.body
                            font.bold: row.locked
                            color: row.locked ? StaffStyle.bad : (row.active ? StaffStyle.good : StaffStyle.muted)
                            elide: Text.ElideRight
                        }
                    }
                }
            }
            Text {
                objectName: "officers.message"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.officers.message
                wrapMode: Text.WordWrap
                font.pixelSize: StaffStyle.body
                color: page.officers.messageKind === "error" ? StaffStyle.bad : StaffStyle.good
            }
        }

        Rectangle {
            id: panel
            objectName: "officers.panel"
            property string mode: page.officers.canManage ? "add" : "edit"
            Layout.preferredWidth: 380
            Layout.fillHeight: true
            radius: StaffStyle.radius
            color: StaffStyle.surface
            border.color: StaffStyle.line
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 16
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    visible: page.officers.canManage
                    spacing: 8
                    DeskButton {
                        objectName: "officers.modeAdd"
                        Layout.fillWidth: true
                        implicitHeight: 40
                        kind: panel.mode === "add" ? "primary" : "secondary"
                        text: qsTr("Tambah petugas")
                        onClicked: panel.mode = "add"
                    }
                    DeskButton {
                        objectName: "officers.modeEdit"
                        Layout.fillWidth: true
                        implicitHeight: 40
                        kind: panel.mode === "edit" ? "primary" : "secondary"
                        text: qsTr("Petugas terpilih")
                        onClicked: panel.mode = "edit"
                    }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: panel.mode === "add" ? 0 : 1

                    ColumnLayout {
                        spacing: 6
                        Field { id: newCode; objectName: "officers.newCode"; Layout.fillWidth: true; label: qsTr("ID petugas") }
                        Field { id: newName; objectName: "officers.newName"; Layout.fillWidth: true; label: qsTr("Nama lengkap") }
                        Text { text: qsTr("Peran"); font.pixelSize: StaffStyle.small; color: StaffStyle.muted }
                        ComboBox {
                            id: newRole
                            objectName: "officers.newRole"
                            Layout.fillWidth: true
                            model: page.officers.roles
                            textRole: "label"
                            valueRole: "key"
                            font.pixelSize: StaffStyle.body
                        }
                        Field { id: newPin; objectName: "officers.newPin"; Layout.fillWidth: true; label: qsTr("PIN awal (6 sampai 12 angka)"); echoMode: TextInput.Password }
                        Field { id: newPinAgain; objectName: "officers.newPinAgain"; Layout.fillWidth: true; label: qsTr("Ketik ulang PIN"); echoMode: TextInput.Password }
                        DeskButton {
                            objectName: "officers.add"
                            Layout.fillWidth: true
                            implicitHeight: 44
                            kind: "primary"
                            enabled: !page.officers.busy
                            text: qsTr("Tambahkan")
                            onClicked: {
                                page.officers.add(newCode.text, newName.text, newRole.currentValue, newPin.text, newPinAgain.text)
                                newPin.text = ""; newPinAgain.text = ""
                            }
                        }
                        Connections {
                            target: page.officers
                            function onMessageChanged() {
                                if (page.officers.messageKind === "ok" && panel.mode === "add") { newCode.text = ""; newName.text = "" }
                            }
                        }
                        Item { Layout.fillHeight: true }
                    }

                    ColumnLayout {
                        spacing: 6
                        Text {
                            objectName: "officers.selected"
                            Layout.fillWidth: true
                            text: page.selected ? qsTr("Petugas %1").arg(page.selected) : qsTr("Pilih petugas di daftar.")
                            font.pixelSize: StaffStyle.large
                            font.bold: true
                            color: StaffStyle.text
                            elide: Text.ElideRight
                        }
                        DeskButton {
                            objectName: "officers.unlock"
                            Layout.fillWidth: true
                            implicitHeight: 44
                            kind: "danger"
                            visible: page.officers.canUnlock && page.officers.selectedLocked
                            text: qsTr("Buka kunci akun")
                            onClicked: page.officers.unlock(page.selected)
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            visible: page.officers.canManage && page.selected !== ""
                            spacing: 6
                            Field { id: editName; objectName: "officers.editName"; Layout.fillWidth: true; label: qsTr("Nama lengkap") }
                            Text { text: qsTr("Peran"); font.pixelSize: StaffStyle.small; color: StaffStyle.muted }
                            ComboBox {
                                id: editRole
                                objectName: "officers.editRole"
                                Layout.fillWidth: true
                                model: page.officers.roles
                                textRole: "label"
                                valueRole: "key"
                                font.pixelSize: StaffStyle.body
                            }
                            DeskButton {
                                objectName: "officers.save"
                                Layout.fillWidth: true
                                implicitHeight: 40
                                enabled: !page.officers.busy
                                text: qsTr("Simpan nama dan peran")
                                onClicked: page.officers.change(page.selected, editName.text, editRole.currentValue)
                            }
                            Field { id: resetPin; objectName: "officers.resetPin"; Layout.fillWidth: true; label: qsTr("PIN baru"); echoMode: TextInput.Password }
                            Field { id: resetAgain; objectName: "officers.resetPinAgain"; Layout.fillWidth: true; label: qsTr("Ketik ulang PIN baru"); echoMode: TextInput.Password }
                            DeskButton {
                                objectName: "officers.setPin"
                                Layout.fillWidth: true
                                implicitHeight: 40
                                enabled: !page.officers.busy
                                text: qsTr("Ganti PIN")
                                onClicked: { page.officers.resetPin(page.selected, resetPin.text, resetAgain.text); resetPin.text = ""; resetAgain.text = "" }
                            }
                            DeskButton {
                                objectName: "officers.toggleActive"
                                Layout.fillWidth: true
                                implicitHeight: 40
                                enabled: !page.officers.busy
                                text: page.officers.selectedActive ? qsTr("Nonaktifkan akun") : qsTr("Aktifkan akun")
                                onClicked: page.officers.setActive(page.selected, !page.officers.selectedActive)
                            }
                        }
                        Item { Layout.fillHeight: true }
                    }
                }
            }
        }
    }
}
