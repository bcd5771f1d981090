pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// The service catalog: left the services (version, shown at the kiosks or not); right an import
// of annex or JSON files, previewed first (what changes, or every FILE:LINE problem), then done.
Item {
    id: page
    objectName: "page.catalog"
    required property var catalog

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
                        titles: [qsTr("No."), qsTr("Nama layanan"), qsTr("Versi"), "", ""]
                        widths: [44, -1, 64, 90, 130]
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
                                objectName: "catalog.edit." + svc.number
                                Layout.preferredWidth: 90
                                text: qsTr("Ubah")
                                font.pixelSize: StaffStyle.small
                                focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                                enabled: !page.catalog.busy
                                onClicked: page.catalog.editService(svc.number)
                            }
                            Button {
                                objectName: "catalog.toggle." + svc.number
                                Layout.preferredWidth: 130
                                text: svc.active ? qsTr("Sembunyikan") : qsTr("Tampilkan")
                                font.pixelSize: StaffStyle.small
                                focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
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

    Connections {
        target: page.catalog
        function onEditLoaded() {
            editTitle.text = page.catalog.editTitle
            editAgency.text = page.catalog.editAgency
            editItems.clear()
            const rows = page.catalog.editItems
            for (let i = 0; i < rows.length; ++i)
                editItems.append({ text: rows[i].text, nature: rows[i].nature, group: rows[i].group })
            editPopup.open()
        }
        function onEditSaved() { editPopup.close() }
    }
    ListModel { id: editItems }

    // Editing a service: its name, agency and checklist, each requirement a document to bring or a
    // condition to meet. Saving writes the next version; the versions list shows the history.
    Popup {
        id: editPopup
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(1180, parent ? parent.width - 40 : 1180)
        height: Math.min(690, parent ? parent.height - 40 : 690)
        modal: true
        focus: true
        padding: 16
        background: Rectangle { radius: StaffStyle.radius; color: StaffStyle.surface; border.color: StaffStyle.line }
        contentItem: RowLayout {
            spacing: 16
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 6
                SectionTitle { objectName: "catalog.editHeading"; Layout.fillWidth: true; text: qsTr("Ubah layanan %1").arg(page.catalog.editNumber) }
                Field { id: editTitle; objectName: "catalog.editTitle"; Layout.fillWidth: true; label: qsTr("Nama layanan") }
                Field { id: editAgency; objectName: "catalog.editAgency"; Layout.fillWidth: true; label: qsTr("Instansi") }
                Text { text: qsTr("Persyaratan (daftar periksa di kios)"); font.pixelSize: StaffStyle.small; font.bold: true; color: StaffStyle.muted }
                ListView {
                    id: itemList
                    objectName: "catalog.editItems"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 4
                    model: editItems
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    delegate: RowLayout {
                        id: itemRow
                        required property int index
                        required property string text
                        required property string nature
                        width: ListView.view.width - 12
                        spacing: 6
                        Text { Layout.preferredWidth: 28; text: (itemRow.index + 1) + "."; font.pixelSize: StaffStyle.body; color: StaffStyle.text }
                        TextField {
                            objectName: "catalog.itemText." + (itemRow.index + 1)
                            Layout.fillWidth: true
                            text: itemRow.text
                            font.pixelSize: StaffStyle.small
                            Accessible.name: qsTr("Persyaratan %1").arg(itemRow.index + 1)
                            onTextEdited: editItems.setProperty(itemRow.index, "text", text)
                            Component.onCompleted: cursorPosition = 0  // long requirements show their start
                        }
                        Button {
                            objectName: "catalog.itemNature." + (itemRow.index + 1)
                            Layout.preferredWidth: 170
                            text: itemRow.nature === "condition" ? qsTr("Syarat dipenuhi") : qsTr("Dokumen dibawa")
                            font.pixelSize: StaffStyle.small
                            focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                            Accessible.name: qsTr("Jenis persyaratan %1: %2").arg(itemRow.index + 1).arg(text)
                            onClicked: editItems.setProperty(itemRow.index, "nature",
                                                             itemRow.nature === "condition" ? "document" : "condition")
                        }
                        Button {
                            objectName: "catalog.itemRemove." + (itemRow.index + 1)
                            Layout.preferredWidth: 44
                            text: "×"
                            font.pixelSize: StaffStyle.body
                            focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                            Accessible.name: qsTr("Hapus persyaratan %1").arg(itemRow.index + 1)
                            onClicked: editItems.remove(itemRow.index)
                        }
                    }
                }
                Text {
                    objectName: "catalog.editMessage"
                    Layout.fillWidth: true
                    visible: page.catalog.messageKind === "error" && text.length > 0
                    text: page.catalog.message
                    wrapMode: Text.WordWrap
                    font.pixelSize: StaffStyle.small
                    color: StaffStyle.bad
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    DeskButton {
                        objectName: "catalog.addItem"
                        implicitHeight: 40
                        Layout.preferredWidth: 220
                        text: qsTr("Tambah persyaratan")
                        onClicked: {
                            const last = editItems.count > 0 ? editItems.get(editItems.count - 1).group : ""
                            editItems.append({ text: "", nature: "document", group: last })
                            itemList.positionViewAtEnd()
                        }
                    }
                    Item { Layout.fillWidth: true }
                    DeskButton {
                        objectName: "catalog.cancelEdit"
                        implicitHeight: 40
                        text: qsTr("Batal")
                        onClicked: editPopup.close()
                    }
                    DeskButton {
                        objectName: "catalog.saveEdit"
                        implicitHeight: 40
                        Layout.preferredWidth: 280
                        kind: "primary"
                        enabled: !page.catalog.busy
                        text: qsTr("Simpan sebagai versi baru")
                        onClicked: {
                            const texts = [], natures = [], groups = []
                            for (let i = 0; i < editItems.count; ++i) {
                                const item = editItems.get(i)
                                texts.push(item.text); natures.push(item.nature); groups.push(item.group)
                            }
                            page.catalog.saveEdit(editTitle.text, editAgency.text, texts, natures, groups)
                        }
                    }
                }
            }
            ColumnLayout {
                Layout.preferredWidth: 300
                Layout.maximumWidth: 300
                Layout.fillHeight: true
                spacing: 6
                SectionTitle { text: qsTr("Versi") }
                ListView {
                    objectName: "catalog.versions"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 4
                    model: page.catalog.versionRows
                    delegate: Rectangle {
                        id: versionRow
                        required property int version
                        required property string when
                        required property string source
                        required property int requirements
                        required property bool current
                        objectName: "catalog.version." + version
                        width: ListView.view.width
                        height: versionTexts.implicitHeight + 8
                        radius: 4
                        color: current ? StaffStyle.goodSoft : StaffStyle.background
                        ColumnLayout {
                            id: versionTexts
                            anchors.fill: parent
                            anchors.margins: 4
                            spacing: 0
                            Text {
                                Layout.fillWidth: true
                                text: (versionRow.current ? qsTr("v%1 (berlaku)") : qsTr("v%1")).arg(versionRow.version) + " · " + versionRow.when
                                font.pixelSize: StaffStyle.small
                                font.bold: true
                                color: StaffStyle.text
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                Layout.fillWidth: true
                                text: versionRow.source + " · " + qsTr("%1 persyaratan").arg(versionRow.requirements)
                                font.pixelSize: StaffStyle.small
                                color: StaffStyle.muted
                                wrapMode: Text.WrapAnywhere
                            }
                        }
                    }
                }
            }
        }
    }
}
