pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// Complaints per the service standard: without a name, or more than 30 days after the service,
// the entry is kept as a suggestion. Complaints must be answered within 14 working days.
Item {
    id: page
    objectName: "page.complaints"
    required property var complaints

    function save() {
        page.complaints.recordComplaint(channelBox.currentValue, name.text, contact.text, service.text, served.text,
                                  matter.text)
    }
    Connections {
        target: page.complaints
        function onComplaintRecorded(tracking) {
            name.text = ""; contact.text = ""; service.text = ""; served.text = ""; matter.text = ""
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 16

        Rectangle {
            objectName: "complaints.formPanel"
            Layout.preferredWidth: 430
            Layout.fillHeight: true
            radius: StaffStyle.radius
            color: StaffStyle.surface
            border.color: StaffStyle.line
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 16
                spacing: 8
                SectionTitle { text: qsTr("Catat pengaduan") }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text { text: qsTr("Saluran"); font.pixelSize: StaffStyle.small; color: StaffStyle.muted }
                    ComboBox {
                        id: channelBox
                        objectName: "complaints.channel"
                        Layout.fillWidth: true
                        model: page.complaints.channelsModel
                        textRole: "label"
                        valueRole: "key"
                        font.pixelSize: StaffStyle.body
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Field { id: name; objectName: "complaints.name"; Layout.fillWidth: true; label: qsTr("Nama pengadu (opsional)") }
                    Field { id: contact; objectName: "complaints.contact"; Layout.fillWidth: true; label: qsTr("Kontak (opsional)") }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Field { id: service; objectName: "complaints.service"; Layout.fillWidth: true; label: qsTr("No. layanan") }
                    Field { id: served; objectName: "complaints.served"; Layout.fillWidth: true; label: qsTr("Tanggal layanan"); placeholder: "20/11/2026" }
                }
                Text { text: qsTr("Isi pengaduan"); font.pixelSize: StaffStyle.small; color: StaffStyle.muted }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 80
                    TextArea {
                        id: matter
                        objectName: "complaints.matter"
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: StaffStyle.body
                        color: StaffStyle.text
                        background: Rectangle { color: StaffStyle.surface; border.color: StaffStyle.line; radius: 4 }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Tanpa nama, atau lebih dari 30 hari setelah layanan: dicatat sebagai saran.")
                    font.pixelSize: StaffStyle.small
                    color: StaffStyle.muted
                }
                DeskButton {
                    objectName: "complaints.save"
                    Layout.fillWidth: true
                    kind: "primary"
                    text: qsTr("Simpan")
                    onClicked: page.save()
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            SectionTitle { text: qsTr("Belum dijawab, menurut batas waktu") }
            ListView {
                objectName: "complaints.list"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                model: page.complaints.complaintsModel
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                delegate: Rectangle {
                    id: row
                    required property string tracking
                    required property string kind
                    required property string kindLabel
                    required property string channel
                    required property string status
                    required property string statusLabel
                    required property string due
                    required property bool overdue
                    required property string matter
                    required property string who
                    width: ListView.view.width - 12
                    height: column.implicitHeight + 16
                    radius: StaffStyle.radius
                    color: overdue ? StaffStyle.badSoft : StaffStyle.surface
                    border.color: StaffStyle.line
                    ColumnLayout {
                        id: column
                        anchors.fill: parent
                        anchors.margins: 8
                        spacing: 4
                        RowLayout {
                            Layout.fillWidth: true
                            Text { text: row.tracking; font.pixelSize: StaffStyle.body; font.bold: true; color: StaffStyle.text }
                            Text { text: row.kindLabel + " · " + row.channel + " · " + row.statusLabel; font.pixelSize: StaffStyle.small; color: StaffStyle.muted }
                            Item { Layout.fillWidth: true }
                            Text {
                                text: row.kind === "complaint" ? qsTr("Batas: %1").arg(row.due) : qsTr("Tanpa batas waktu")
                                font.pixelSize: StaffStyle.small
                                font.bold: row.overdue
                                color: row.overdue ? StaffStyle.bad : StaffStyle.muted
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.who + ": " + row.matter
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            font.pixelSize: StaffStyle.body
                            color: StaffStyle.text
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            TextField {
                                id: answer
                                Layout.fillWidth: true
                                placeholderText: qsTr("Jawaban kepada pengadu")
                                placeholderTextColor: "#5F6B78"
                                font.pixelSize: StaffStyle.small
                            }
                            Button {
                                visible: row.status === "recorded"
                                text: qsTr("Tangani")
                                font.pixelSize: StaffStyle.small
                                focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                                onClicked: page.complaints.advanceComplaint(row.tracking, "handling", "")
                            }
                            Button {
                                text: qsTr("Jawab")
                                font.pixelSize: StaffStyle.small
                                focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                                onClicked: page.complaints.advanceComplaint(row.tracking, "answered", answer.text)
                            }
                        }
                    }
                }
            }
        }
    }
}
