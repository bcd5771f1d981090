pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// The office year at a glance: open days white, weekends grey, national holidays red, cuti
// bersama amber, the hall's own closures blue; a warning while the year's holiday list is not
// official. Supervisors close or reopen the hall on a day; every terminal follows within a minute.
Item {
    id: page

    // One weekday of the hall's week (a row of the hours editor).
    component DayRow: RowLayout {
        id: dayRow
        required property string key
        required property string day
        required property string hours
        required property string breaks
        readonly property string savedHours: hours
        readonly property string savedBreaks: breaks
        property alias hoursText: hoursField.text
        property alias breaksText: breaksField.text
        Layout.fillWidth: true
        spacing: 8
        Text { Layout.preferredWidth: 110; text: dayRow.day; font.pixelSize: StaffStyle.body; color: StaffStyle.text }
        TextField {
            id: hoursField
            objectName: "calendar.hours." + dayRow.key
            Layout.preferredWidth: 170
            text: dayRow.hours
            placeholderText: qsTr("tutup")
            font.pixelSize: StaffStyle.body
            Accessible.name: qsTr("Jam layanan %1").arg(dayRow.day)
        }
        TextField {
            id: breaksField
            objectName: "calendar.breaks." + dayRow.key
            Layout.fillWidth: true
            text: dayRow.breaks
            font.pixelSize: StaffStyle.body
            Accessible.name: qsTr("Istirahat %1").arg(dayRow.day)
        }
    }
    objectName: "page.calendar"
    required property var calendar

    onVisibleChanged: if (visible) calendar.refresh()

    function dayColor(kind) {
        return kind === "weekend" ? "#DDE3EA" : kind === "public_holiday" ? "#F4C7C7"
             : kind === "cuti_bersama" ? "#F6E0B5" : kind === "local_closure" ? "#C9DCF5" : StaffStyle.surface
    }

    RowLayout {
        anchors.fill: parent
        spacing: 12

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 6
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    objectName: "calendar.previous"
                    text: "‹"
                    font.pixelSize: StaffStyle.large
                    focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                    onClicked: page.calendar.showYear(page.calendar.year - 1)
                }
                Text {
                    objectName: "calendar.year"
                    text: page.calendar.year
                    font.pixelSize: StaffStyle.heading
                    font.bold: true
                    color: StaffStyle.text
                }
                Button {
                    objectName: "calendar.next"
                    text: "›"
                    font.pixelSize: StaffStyle.large
                    focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                    onClicked: page.calendar.showYear(page.calendar.year + 1)
                }
                Text {
                    objectName: "calendar.summary"
                    Layout.fillWidth: true
                    text: page.calendar.summary
                    font.pixelSize: StaffStyle.small
                    color: StaffStyle.muted
                    wrapMode: Text.WordWrap
                }
            }
            Rectangle {
                Layout.fillWidth: true
                visible: page.calendar.estimatedText !== ""
                implicitHeight: estimatedLine.implicitHeight + 12
                radius: 4
                color: StaffStyle.warnSoft
                Text {
                    id: estimatedLine
                    objectName: "calendar.estimated"
                    anchors.fill: parent
                    anchors.margins: 6
                    text: page.calendar.estimatedText
                    font.pixelSize: StaffStyle.small
                    font.bold: true
                    color: StaffStyle.warn
                    wrapMode: Text.WordWrap
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 4
                columnSpacing: 10
                rowSpacing: 6
                Repeater {
                    model: page.calendar.months
                    ColumnLayout {
                        id: month
                        required property int month
                        required property string title
                        required property var cells
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        spacing: 1
                        Text { text: month.title; font.pixelSize: 13; font.bold: true; color: StaffStyle.text }
                        GridLayout {
                            columns: 7
                            columnSpacing: 1
                            rowSpacing: 1
                            Repeater {
                                model: page.calendar.weekdays
                                Text {
                                    required property string modelData
                                    Layout.preferredWidth: 25
                                    horizontalAlignment: Text.AlignHCenter
                                    text: modelData
                                    font.pixelSize: 11
                                    color: StaffStyle.muted
                                }
                            }
                            Repeater {
                                model: month.cells
                                Rectangle {
                                    id: dayCell
                                    required property var modelData
                                    Layout.preferredWidth: 25
                                    Layout.preferredHeight: 17
                                    color: modelData.label === "" ? "transparent" : page.dayColor(modelData.kind)
                                    Text {
                                        anchors.centerIn: parent
                                        text: dayCell.modelData.label
                                        font.pixelSize: 11
                                        color: StaffStyle.text
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Item { Layout.fillHeight: true }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Text {
                    objectName: "calendar.hoursSummary"
                    Layout.fillWidth: true
                    text: page.calendar.hoursSummary
                    font.pixelSize: StaffStyle.small
                    color: StaffStyle.text
                    wrapMode: Text.WordWrap
                }
                DeskButton {
                    objectName: "calendar.editHours"
                    visible: page.calendar.canManage
                    implicitHeight: 36
                    Layout.preferredWidth: 230
                    text: qsTr("Ubah jam layanan")
                    onClicked: hoursPopup.open()
                }
            }
            RowLayout {
                spacing: 12
                Repeater {
                    model: [["public_holiday", qsTr("Libur nasional")], ["cuti_bersama", qsTr("Cuti bersama")],
                            ["local_closure", qsTr("Tutup (kantor)")], ["weekend", qsTr("Akhir pekan")]]
                    RowLayout {
                        id: legendItem
                        required property var modelData
                        spacing: 4
                        Rectangle { implicitWidth: 14; implicitHeight: 14; color: page.dayColor(legendItem.modelData[0]); border.color: StaffStyle.line }
                        Text { text: legendItem.modelData[1]; font.pixelSize: StaffStyle.small; color: StaffStyle.text }
                    }
                }
            }
        }

        Rectangle {
            Layout.preferredWidth: 360
            Layout.maximumWidth: 360
            Layout.fillHeight: true
            radius: StaffStyle.radius
            color: StaffStyle.surface
            border.color: StaffStyle.line
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12
                spacing: 6
                SectionTitle { Layout.fillWidth: true; wrapMode: Text.WordWrap; text: qsTr("Tutup kantor pada hari kerja") }
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.calendar.canManage
                    spacing: 6
                    Field { id: closeDate; objectName: "calendar.closeDate"; Layout.fillWidth: true; label: qsTr("Tanggal (31/12/2026)") }
                    Field { id: closeReason; objectName: "calendar.closeReason"; Layout.fillWidth: true; label: qsTr("Alasan (ditampilkan kepada pemohon)") }
                    DeskButton {
                        objectName: "calendar.close"
                        Layout.fillWidth: true
                        implicitHeight: 40
                        kind: "primary"
                        enabled: !page.calendar.busy
                        text: qsTr("Tutup kantor pada tanggal ini")
                        onClicked: page.calendar.closeDay(closeDate.text, closeReason.text)
                    }
                }
                Text {
                    objectName: "calendar.message"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.calendar.message
                    wrapMode: Text.WordWrap
                    font.pixelSize: StaffStyle.small
                    color: page.calendar.messageKind === "error" ? StaffStyle.bad : StaffStyle.good
                }
                Text { text: qsTr("Hari libur tahun ini"); font.pixelSize: StaffStyle.small; font.bold: true; color: StaffStyle.muted }
                ListView {
                    objectName: "calendar.closed"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 2
                    model: page.calendar.closedDays
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    delegate: Rectangle {
                        id: entry
                        required property string day
                        required property string dateText
                        required property string kind
                        required property string kindLabel
                        required property string reason
                        required property bool local
                        objectName: "calendar.closed." + day
                        width: ListView.view.width - 12
                        height: texts.implicitHeight + 8
                        radius: 4
                        color: page.dayColor(kind)
                        RowLayout {
                            anchors.fill: parent
                            anchors.margins: 4
                            ColumnLayout {
                                id: texts
                                Layout.fillWidth: true
                                spacing: 0
                                Text { Layout.fillWidth: true; text: entry.dateText; font.pixelSize: StaffStyle.small; font.bold: true; color: StaffStyle.text; elide: Text.ElideRight }
                                Text { Layout.fillWidth: true; text: entry.reason; font.pixelSize: StaffStyle.small; color: StaffStyle.text; wrapMode: Text.WordWrap }
                            }
                            Button {
                                objectName: "calendar.reopen." + entry.day
                                visible: entry.local && page.calendar.canManage
                                text: qsTr("Buka")
                                font.pixelSize: StaffStyle.small
                                focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                                onClicked: page.calendar.reopenDay(entry.day)
                            }
                        }
                    }
                }
            }
        }
    }

    // The hall's week: one row per day (empty hours = closed), breaks separated by commas, and how
    // long before closing the kiosks stop issuing numbers. Saved for every terminal at once.
    Popup {
        id: hoursPopup
        objectName: "calendar.hoursPopup"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 620
        modal: true
        focus: true
        padding: 16
        onOpened: {
            for (let i = 0; i < dayRows.count; ++i) {
                const row = dayRows.itemAt(i) as DayRow
                row.hoursText = row.savedHours
                row.breaksText = row.savedBreaks
            }
            cutoffField.text = String(page.calendar.cutoffMinutes)
        }
        Connections {
            target: page.calendar
            function onHoursSaved() { hoursPopup.close() }
        }
        background: Rectangle { radius: StaffStyle.radius; color: StaffStyle.surface; border.color: StaffStyle.line }
        contentItem: ColumnLayout {
            spacing: 8
            SectionTitle { Layout.fillWidth: true; text: qsTr("Jam layanan kantor") }
            Text {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Tulis jam seperti 08:00-15:00; kosongkan bila kantor tutup pada hari itu. Istirahat dipisah koma. Berlaku di semua terminal.")
                font.pixelSize: StaffStyle.small
                color: StaffStyle.muted
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Text { Layout.preferredWidth: 110; text: qsTr("Hari"); font.pixelSize: StaffStyle.small; font.bold: true; color: StaffStyle.muted }
                Text { Layout.preferredWidth: 170; text: qsTr("Jam layanan"); font.pixelSize: StaffStyle.small; font.bold: true; color: StaffStyle.muted }
                Text { Layout.fillWidth: true; text: qsTr("Istirahat"); font.pixelSize: StaffStyle.small; font.bold: true; color: StaffStyle.muted }
            }
            Repeater {
                id: dayRows
                model: page.calendar.hoursRows
                DayRow {}
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Text { text: qsTr("Nomor antrean berhenti diberikan"); font.pixelSize: StaffStyle.body; color: StaffStyle.text }
                TextField {
                    id: cutoffField
                    objectName: "calendar.cutoff"
                    Layout.preferredWidth: 70
                    font.pixelSize: StaffStyle.body
                    inputMethodHints: Qt.ImhDigitsOnly
                    Accessible.name: qsTr("Menit sebelum tutup")
                }
                Text { Layout.fillWidth: true; text: qsTr("menit sebelum tutup"); font.pixelSize: StaffStyle.body; color: StaffStyle.text }
            }
            Text {
                objectName: "calendar.hoursMessage"
                Layout.fillWidth: true
                visible: page.calendar.messageKind === "error" && text.length > 0
                text: page.calendar.message
                wrapMode: Text.WordWrap
                font.pixelSize: StaffStyle.small
                color: StaffStyle.bad
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Item { Layout.fillWidth: true }
                DeskButton {
                    objectName: "calendar.cancelHours"
                    implicitHeight: 40
                    text: qsTr("Batal")
                    onClicked: hoursPopup.close()
                }
                DeskButton {
                    objectName: "calendar.saveHours"
                    implicitHeight: 40
                    Layout.preferredWidth: 300
                    kind: "primary"
                    enabled: !page.calendar.busy
                    text: qsTr("Simpan untuk semua terminal")
                    onClicked: {
                        const hours = [], breaks = []
                        for (let i = 0; i < dayRows.count; ++i) {
                            const row = dayRows.itemAt(i) as DayRow
                            hours.push(row.hoursText)
                            breaks.push(row.breaksText)
                        }
                        page.calendar.saveHours(hours, breaks, cutoffField.text)
                    }
                }
            }
        }
    }
}
