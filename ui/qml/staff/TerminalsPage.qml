pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// The PCs of the hall: role, version, last heartbeat (silent for over three minutes in red) and
// the kiosk printers' state; a test print asked of a kiosk comes out at its next heartbeat.
Item {
    id: page
    objectName: "page.terminals"
    required property var terminals

    onVisibleChanged: if (visible) terminals.refresh()

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            SectionTitle { Layout.fillWidth: true; text: qsTr("Terminal di aula") }
            Button {
                objectName: "terminals.testPrintHere"
                text: qsTr("Cetak uji di PC ini")
                font.pixelSize: StaffStyle.small
                focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                enabled: !page.terminals.busy
                onClicked: page.terminals.testPrintHere()
            }
            Button {
                objectName: "terminals.reload"
                text: qsTr("Muat ulang")
                font.pixelSize: StaffStyle.small
                focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                onClicked: page.terminals.refresh()
            }
        }
        Text {
            objectName: "terminals.message"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.terminals.message
            wrapMode: Text.WordWrap
            font.pixelSize: StaffStyle.body
            color: page.terminals.messageKind === "error" ? StaffStyle.bad : StaffStyle.good
        }
        TableHeader {
            Layout.fillWidth: true
            titles: [qsTr("Terminal"), qsTr("Peran"), qsTr("Versi"), qsTr("Terakhir terlihat"), qsTr("Printer"), ""]
            widths: [170, 120, 70, 170, -1, 120]
        }
        ListView {
            objectName: "terminals.list"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: page.terminals.rows
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: Rectangle {
                id: row
                required property string name
                required property string role
                required property string roleLabel
                required property string version
                required property string seen
                required property bool silent
                required property string printer
                required property bool printerBad
                required property bool pending
                objectName: "terminals.row." + name
                width: ListView.view.width - 12
                height: Math.max(40, printerText.implicitHeight + 10)
                radius: 4
                color: row.silent ? StaffStyle.badSoft : (row.printerBad ? StaffStyle.warnSoft : "transparent")
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 4
                    spacing: 8
                    Text { Layout.preferredWidth: 170; text: row.name; font.pixelSize: StaffStyle.body; font.bold: true; color: StaffStyle.text; elide: Text.ElideRight }
                    Text { Layout.preferredWidth: 120; text: row.roleLabel; font.pixelSize: StaffStyle.body; color: StaffStyle.text; elide: Text.ElideRight }
                    Text { Layout.preferredWidth: 70; text: row.version; font.pixelSize: StaffStyle.small; color: StaffStyle.muted }
                    Text {
                        objectName: "terminals.seen." + row.name
                        Layout.preferredWidth: 170
                        text: row.silent ? qsTr("%1 - tidak aktif").arg(row.seen) : row.seen
                        font.pixelSize: StaffStyle.small
                        font.bold: row.silent
                        color: row.silent ? StaffStyle.bad : StaffStyle.text
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        id: printerText
                        objectName: "terminals.printer." + row.name
                        Layout.fillWidth: true
                        text: row.pending ? qsTr("Menunggu cetak uji…") : row.printer
                        font.pixelSize: StaffStyle.small
                        color: row.printerBad ? StaffStyle.warn : StaffStyle.text
                        wrapMode: Text.WordWrap
                    }
                    Button {
                        objectName: "terminals.testPrint." + row.name
                        Layout.preferredWidth: 120
                        visible: row.role === "kiosk"
                        enabled: !page.terminals.busy && !row.pending
                        text: qsTr("Cetak uji")
                        font.pixelSize: StaffStyle.small
                        focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                        onClicked: page.terminals.testPrint(row.name)
                    }
                }
            }
        }
    }
}
