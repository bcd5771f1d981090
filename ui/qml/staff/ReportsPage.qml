pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// Reports for supervisors: the IKM (survey) or queue report of a period, on screen as a summary
// and a bar chart, saved as PDF, CSV or XLSX into the reports folder.
Item {
    id: page
    objectName: "page.reports"
    required property var reports

    function showReport() {
        page.reports.show(kindBox.currentValue, periodField.text, byBox.currentValue === undefined ? "" : byBox.currentValue)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: controls.implicitHeight + 24
            radius: StaffStyle.radius
            color: StaffStyle.surface
            border.color: StaffStyle.line
            RowLayout {
                id: controls
                anchors.fill: parent
                anchors.margins: 12
                spacing: 10
                ColumnLayout {
                    spacing: 2
                    Text { text: qsTr("Laporan"); font.pixelSize: StaffStyle.small; color: StaffStyle.muted }
                    ComboBox {
                        id: kindBox
                        objectName: "reports.kind"
                        Layout.preferredWidth: 200
                        textRole: "label"
                        valueRole: "key"
                        font.pixelSize: StaffStyle.body
                        model: [{ key: "ikm", label: qsTr("IKM (survei)") }, { key: "queue", label: qsTr("Antrean") }]
                    }
                }
                Field {
                    id: periodField
                    objectName: "reports.period"
                    Layout.preferredWidth: 160
                    label: qsTr("Periode")
                    text: page.reports.periodText
                    placeholder: "2026-Q4"
                    onAccepted: page.showReport()
                }
                ColumnLayout {
                    spacing: 2
                    enabled: kindBox.currentValue === "ikm"
                    Text { text: qsTr("Rincian"); font.pixelSize: StaffStyle.small; color: StaffStyle.muted }
                    ComboBox {
                        id: byBox
                        objectName: "reports.by"
                        Layout.preferredWidth: 190
                        model: page.reports.breakdowns
                        textRole: "label"
                        valueRole: "key"
                        font.pixelSize: StaffStyle.body
                    }
                }
                DeskButton {
                    objectName: "reports.show"
                    Layout.alignment: Qt.AlignBottom
                    implicitHeight: 40
                    kind: "primary"
                    enabled: !page.reports.busy
                    text: qsTr("Tampilkan")
                    onClicked: page.showReport()
                }
                Item { Layout.fillWidth: true }
                Repeater {
                    model: ["pdf", "csv", "xlsx"]
                    DeskButton {
                        required property string modelData
                        objectName: "reports.save." + modelData
                        Layout.alignment: Qt.AlignBottom
                        implicitHeight: 40
                        implicitWidth: 84
                        enabled: !page.reports.busy && page.reports.title !== ""
                        text: modelData.toUpperCase()
                        onClicked: page.reports.export(modelData)
                    }
                }
            }
        }

        Text {
            objectName: "reports.message"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.reports.message
            wrapMode: Text.WrapAnywhere
            font.pixelSize: StaffStyle.small
            color: page.reports.messageKind === "error" ? StaffStyle.bad : StaffStyle.good
        }
        Text {
            objectName: "reports.title"
            Layout.fillWidth: true
            text: page.reports.title
            font.pixelSize: StaffStyle.large
            font.bold: true
            color: StaffStyle.text
            elide: Text.ElideRight
        }
        Text {
            objectName: "reports.headline"
            Layout.fillWidth: true
            text: page.reports.headline
            font.pixelSize: StaffStyle.body
            color: StaffStyle.text
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 4
                Text { text: page.reports.chartTitle; font.pixelSize: StaffStyle.small; font.bold: true; color: StaffStyle.muted }
                ListView {
                    objectName: "reports.chart"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 4
                    model: page.reports.bars
                    delegate: RowLayout {
                        id: bar
                        required property string label
                        required property real fraction
                        required property string valueText
                        width: ListView.view.width
                        height: Math.max(28, barLabel.implicitHeight + 4)
                        spacing: 8
                        Text { id: barLabel; Layout.preferredWidth: 360; text: bar.label; font.pixelSize: StaffStyle.small; color: StaffStyle.text; wrapMode: Text.WordWrap }
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.preferredHeight: 22
                            color: StaffStyle.background
                            radius: 3
                            Rectangle {
                                width: parent.width * Math.max(0, Math.min(1, bar.fraction))
                                height: parent.height
                                radius: 3
                                color: StaffStyle.primary
                            }
                        }
                        Text { Layout.preferredWidth: 56; text: bar.valueText; font.pixelSize: StaffStyle.small; font.bold: true; color: StaffStyle.text; horizontalAlignment: Text.AlignRight }
                    }
                }
            }
            ListView {
                objectName: "reports.groups"
                visible: count > 0
                Layout.preferredWidth: 300
                Layout.fillHeight: true
                clip: true
                model: page.reports.groups
                delegate: RowLayout {
                    id: group
                    required property string label
                    required property string valueText
                    width: ListView.view.width
                    height: 26
                    Text { Layout.fillWidth: true; text: group.label; font.pixelSize: StaffStyle.small; color: StaffStyle.text; elide: Text.ElideRight }
                    Text { text: group.valueText; font.pixelSize: StaffStyle.small; font.bold: true; color: StaffStyle.text }
                }
            }
        }
    }
}
