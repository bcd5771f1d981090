import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// The service catalog: left the services (version, shown at the kiosks or not); right an import
// of annex or JSON files, previewed first (what changes, or every FILE:LINE problem), then done.
Item {
    id: page
    objectName: "page.catalog"
    required property QtObject catalog

    onVisibleChanged: if (visible) catalog.refresh()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Text {
            objectName: "catalog.message"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.catalog.message
            wrapMode: Text.WordWrap
            font.pixelSize: StaffStyle.body
            color: page.catalog.messageKind === "error" ? StaffStyle.bad : StaffStyle.good
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: StaffStyle.radius
                color: StaffStyle.surface
                border.color: StaffStyle.line
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 6
                    SectionTitle { text: qsTr("Layanan") }
                    TableHeader {
                        Layout.fillWidth: true
                        titles: [qsTr("No."), qsTr("Nama layanan"), qsTr("Versi"), ""]
                        widths: [44, -1, 64, 130]
                    }
                    ListView {
                        objectName: "catalog.services"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: page.catalog.services
                        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                        delegate: RowLayout {
                            id: svc
                            required property int number
                            required property string title
                            required property int version
                            required property bool active
                            required property bool demo
                            width: ListView.view.width - 12
                            height: Math.max(36, titleText.implicitHeight + 8)
                            spacing: 8
                            Text { Layout.leftMargin: 8; Layout.preferredWidth: 36; text: svc.number; font.pixelSize: StaffStyle.body; font.bold: true; color: StaffStyle.text }
                            Text {
                                id: titleText
                                Layout.fillWidth: true
                                text: svc.title + (svc.demo ? "  [DEMO]" : "")
                                font.pixelSize: StaffStyle.small
                                color: svc.active ? StaffStyle.text : StaffStyle.muted
                                wrapMode: Text.WordWrap
                            }
                            Text { Layout.preferredWidth: 64; text: "v" + svc.version; font.pixelSize: StaffStyle.small; color: StaffStyle.muted }
                            Button {
                                objectName: "catalog.toggle." + svc.number
                                Layout.preferredWidth: 130
                                text: svc.active ? qsTr("Sembunyikan") : qsTr("Tampilkan")
                                font.pixelSize: StaffStyle.small
                                focusPolicy: Qt.NoFocus
                                enabled: !page.catalog.busy
                                onClicked: page.catalog.setActive(svc.number, !svc.active)
                            }
                        }
                    }
                }
            }

            Rectangle {
                Layout.preferredWidth: 460
                Layout.maximumWidth: 460
                Layout.fillHeight: true
                radius: StaffStyle.radius
                color: StaffStyle.surface
                border.color: StaffStyle.line
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 6
                    SectionTitle { Layout.fillWidth: true; wrapMode: Text.WordWrap; text: qsTr("Impor standar pelayanan") }
                    Field {
                        id: pathsField
                        objectName: "catalog.paths"
                        Layout.fillWidth: true
                        label: qsTr("Berkas lampiran (.txt/.html) atau JSON; beberapa dipisah ;")
                        onAccepted: page.catalog.preview(pathsField.text)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        DeskButton {
                            objectName: "catalog.preview"
                            Layout.fillWidth: true
                            implicitHeight: 40
                            enabled: !page.catalog.busy
                            text: qsTr("Pratinjau")
                            onClicked: page.catalog.preview(pathsField.text)
                        }
                        DeskButton {
                            objectName: "catalog.import"
                            Layout.fillWidth: true
                            implicitHeight: 40
                            kind: "primary"
                            enabled: !page.catalog.busy && page.catalog.importable
                            text: qsTr("Impor")
                            onClicked: page.catalog.importFiles(pathsField.text)
                        }
                    }
                    Text {
                        objectName: "catalog.summary"
                        Layout.fillWidth: true
                        text: page.catalog.summary
                        font.pixelSize: StaffStyle.body
                        font.bold: true
                        color: StaffStyle.text
                        wrapMode: Text.WordWrap
                    }
                    ListView {
                        objectName: "catalog.changes"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: count > 0
                        clip: true
                        model: page.catalog.changes
                        delegate: RowLayout {
                            id: change
                            required property int number
                            required property string title
                            required property string change
                            required property string changeLabel
                            width: ListView.view.width
                            height: Math.max(28, changeTitle.implicitHeight + 6)
                            Text { Layout.preferredWidth: 36; text: change.number; font.pixelSize: StaffStyle.small; font.bold: true; color: StaffStyle.text }
                            Text { id: changeTitle; Layout.fillWidth: true; text: change.title; font.pixelSize: StaffStyle.small; color: StaffStyle.text; wrapMode: Text.WordWrap }
                            Text { Layout.preferredWidth: 90; text: change.changeLabel; font.pixelSize: StaffStyle.small; font.bold: change.change !== "unchanged"; color: change.change === "unchanged" ? StaffStyle.muted : StaffStyle.good }
                        }
                    }
                    ListView {
                        objectName: "catalog.problems"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: count > 0
                        clip: true
                        model: page.catalog.problems
                        delegate: Text {
                            required property string line
                            width: ListView.view.width
                            text: line
                            font.pixelSize: StaffStyle.small
                            color: StaffStyle.bad
                            wrapMode: Text.WrapAnywhere
                        }
                    }
                }
            }
        }
    }
}
