pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// Accepting a complete file: the due date follows from the service's processing time and the
// office calendar; the tanda terima prints with a QR for tracking. Open files below, the most
// urgent first, those at risk coloured.
Item {
    id: page
    objectName: "page.files"
    required property var files
    required property var calling

    function accept() {
        page.files.acceptFile(applicant.text, contact.text, service.text, ticket.text)
    }
    Connections {
        target: page.files
        function onReceiptPrinted(tracking) { applicant.text = ""; contact.text = "" }
    }
    Connections {
        target: page.calling
        function onTicketChanged() {
            service.text = page.calling.ticketServiceNumber > 0 ? String(page.calling.ticketServiceNumber) : ""
            ticket.text = page.calling.ticketCode
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Rectangle {
            objectName: "files.formPanel"
            Layout.fillWidth: true
            Layout.preferredHeight: form.implicitHeight + 32
            radius: StaffStyle.radius
            color: StaffStyle.surface
            border.color: StaffStyle.line
            ColumnLayout {
                id: form
                anchors.fill: parent
                anchors.margins: 16
                spacing: 8
                SectionTitle { text: qsTr("Terima berkas lengkap") }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    Field {
                        id: applicant
                        objectName: "files.applicant"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 360
                        label: qsTr("Nama pemohon")
                    }
                    Field {
                        id: contact
                        objectName: "files.contact"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 240
                        label: qsTr("Telepon / surel (opsional)")
                    }
                    Field {
                        id: service
                        objectName: "files.service"
                        Layout.preferredWidth: 110
                        label: qsTr("No. layanan")
                    }
                    Field {
                        id: ticket
                        objectName: "files.ticket"
                        Layout.preferredWidth: 110
                        label: qsTr("No. antrean")
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: qsTr("Tanggal selesai dihitung dalam hari kerja sejak hari berikutnya, sesuai standar pelayanan dan kalender kantor.")
                        font.pixelSize: StaffStyle.small
                        color: StaffStyle.muted
                    }
                    DeskButton {
                        objectName: "files.accept"
                        Layout.preferredWidth: 340
                        kind: "primary"
                        text: qsTr("Terima & cetak tanda terima")
                        onClicked: page.accept()
                    }
                }
            }
        }

        SectionTitle { text: qsTr("Berkas dalam proses, menurut tanggal selesai") }
        TableHeader {
            Layout.fillWidth: true
            titles: [qsTr("Selesai paling lambat"), qsTr("Keadaan"), qsTr("Nomor"), qsTr("Pemohon dan layanan")]
            widths: [230, 170, 190, -1]
        }
        ListView {
            objectName: "files.list"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: page.files.filesModel
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: Rectangle {
                id: fileRow
                required property string tracking
                required property string applicant
                required property string service
                required property string due
                required property string risk
                required property string riskLabel
                required property string statusLabel
                required property string next
                required property string nextLabel
                width: ListView.view.width - 12
                height: fileColumn.implicitHeight + 10
                radius: 4
                color: risk === "overdue" ? StaffStyle.badSoft : risk === "due_today" || risk === "at_risk"
                       ? StaffStyle.warnSoft : StaffStyle.surface
                ColumnLayout {
                    id: fileColumn
                    anchors.fill: parent
                    anchors.margins: 5
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        Text { Layout.preferredWidth: 230; text: fileRow.due; font.pixelSize: StaffStyle.body; color: StaffStyle.text }
                        Text {
                            Layout.preferredWidth: 170
                            text: fileRow.riskLabel
                            font.pixelSize: StaffStyle.body
                            font.bold: fileRow.risk !== "on_track"
                            color: fileRow.risk === "overdue" ? StaffStyle.bad : fileRow.risk === "on_track" ? StaffStyle.good : StaffStyle.warn
                        }
                        Text { Layout.preferredWidth: 190; text: fileRow.tracking; font.pixelSize: StaffStyle.body; color: StaffStyle.text }
                        Text { Layout.fillWidth: true; text: fileRow.applicant; font.pixelSize: StaffStyle.body; color: StaffStyle.text; wrapMode: Text.WordWrap }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        Text {
                            Layout.fillWidth: true
                            text: fileRow.statusLabel + " · " + fileRow.service
                            wrapMode: Text.WordWrap
                            font.pixelSize: StaffStyle.small
                            color: StaffStyle.muted
                        }
                        Button {
                            objectName: "files.advance." + fileRow.tracking
                            visible: fileRow.next.length > 0
                            Layout.preferredWidth: 170
                            text: fileRow.nextLabel
                            font.pixelSize: StaffStyle.small
                            focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                            enabled: !page.files.busy
                            onClicked: page.files.advanceFile(fileRow.tracking, fileRow.next)
                        }
                    }
                }
            }
        }
    }
}
