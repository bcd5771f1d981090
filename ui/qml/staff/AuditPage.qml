pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// For supervisors: the append-only record of staff actions, newest first, in words, filtered by
// officer and day.
Item {
    id: page
    objectName: "page.audit"
    required property var audit

    function apply() { page.audit.refresh(officerField.text, dayField.text) }
    onVisibleChanged: if (visible) apply()

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            SectionTitle { Layout.fillWidth: true; text: qsTr("Catatan audit (tidak dapat diubah)") }
            Field { id: officerField; objectName: "audit.officer"; Layout.preferredWidth: 150; label: qsTr("Petugas"); onAccepted: page.apply() }
            Field { id: dayField; objectName: "audit.day"; Layout.preferredWidth: 150; label: qsTr("Tanggal"); placeholder: "24/11/2026"; onAccepted: page.apply() }
            Button {
                objectName: "audit.apply"
                Layout.alignment: Qt.AlignBottom
                text: qsTr("Terapkan")
                font.pixelSize: StaffStyle.small
                focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                onClicked: page.apply()
            }
            Button {
                objectName: "audit.all"
                Layout.alignment: Qt.AlignBottom
                text: qsTr("Semua")
                font.pixelSize: StaffStyle.small
                focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                onClicked: { officerField.text = ""; dayField.text = ""; page.apply() }
            }
        }
        Text {
            objectName: "audit.message"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.audit.message
            wrapMode: Text.WordWrap
            font.pixelSize: StaffStyle.small
            color: StaffStyle.bad
        }
        TableHeader {
            Layout.fillWidth: true
            titles: [qsTr("Waktu"), qsTr("Siapa"), qsTr("Di mana"), qsTr("Loket"), qsTr("Tindakan"), qsTr("Atas")]
            widths: [140, 110, 150, 70, 250, -1]
        }
        ListView {
            objectName: "audit.list"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.audit.rows
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: RowLayout {
                id: entry
                required property string at
                required property string actor
                required property string terminal
                required property string counter
                required property string action
                required property string subject
                width: ListView.view.width - 12
                height: 26
                spacing: 8
                Text { Layout.leftMargin: 8; Layout.preferredWidth: 132; text: entry.at; font.pixelSize: StaffStyle.small; color: StaffStyle.text }
                Text { Layout.preferredWidth: 110; text: entry.actor; font.pixelSize: StaffStyle.small; font.bold: true; color: StaffStyle.text; elide: Text.ElideRight }
                Text { Layout.preferredWidth: 150; text: entry.terminal; font.pixelSize: StaffStyle.small; color: StaffStyle.text; elide: Text.ElideRight }
                Text { Layout.preferredWidth: 70; text: entry.counter; font.pixelSize: StaffStyle.small; color: StaffStyle.text }
                Text { Layout.preferredWidth: 250; text: entry.action; font.pixelSize: StaffStyle.small; color: StaffStyle.text; elide: Text.ElideRight }
                Text { Layout.fillWidth: true; text: entry.subject; font.pixelSize: StaffStyle.small; color: StaffStyle.muted; elide: Text.ElideRight }
            }
        }
    }
}
