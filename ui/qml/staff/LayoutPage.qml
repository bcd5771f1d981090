pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// Counters and queues of the hall. Left: the counters, which queues each calls from, open or
// closed. Right: the queues, the services each serves, and its priority policy with a worked
// example of the calls it would make.
Item {
    id: page
    objectName: "page.layout"
    required property var layout
    property int counterNumber: 0
    property string queueLetter: ""
    property bool ready: false
    Component.onCompleted: ready = true

    onVisibleChanged: if (visible) layout.refresh()

    function pickCounter(number, name, queues) {
        page.counterNumber = number
        counterNo.text = String(number)
        counterName.text = name
        counterQueues.text = queues === "-" ? "" : queues
    }
    function pickQueue(letter, name, services, policy, ratio, weight) {
        page.queueLetter = letter
        queueLetterField.text = letter
        queueName.text = name
        queueServices.text = services
        policyBox.currentIndex = policyBox.indexOfValue(policy)
        ratioField.text = String(ratio)
        weightField.text = String(weight)
        page.previewPolicy()
    }
    function previewPolicy() {
        if (!page.ready) return
        page.layout.preview(policyBox.currentValue === undefined ? "ratio" : policyBox.currentValue, ratioField.text, weightField.text)
    }

    ColumnLayout {
      anchors.fill: parent
      spacing: 8
      Text {
        objectName: "layout.message"
        Layout.fillWidth: true
        visible: text.length > 0
        text: page.layout.message
        wrapMode: Text.WordWrap
        font.pixelSize: StaffStyle.body
        color: page.layout.messageKind === "error" ? StaffStyle.bad : StaffStyle.good
      }
      RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 12

        // -- counters ------------------------------------------------------------------------
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            radius: StaffStyle.radius
            color: StaffStyle.surface
            border.color: StaffStyle.line
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12
                spacing: 6
                SectionTitle { text: qsTr("Loket") }
                TableHeader {
                    Layout.fillWidth: true
                    titles: [qsTr("No."), qsTr("Nama"), qsTr("Antrean"), qsTr("Status"), ""]
                    widths: [44, -1, 80, 64, 84]
                }
                ListView {
                    objectName: "layout.counters"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.layout.counters
                    delegate: Rectangle {
                        id: crow
                        required property int number
                        required property string name
                        required property bool open
                        required property string queues
                        objectName: "layout.counter." + number
                        width: ListView.view.width
                        height: 40
                        radius: 4
                        color: page.counterNumber === number ? StaffStyle.selected : "transparent"
                        MouseArea { anchors.fill: parent; onClicked: page.pickCounter(crow.number, crow.name, crow.queues) }
                        RowLayout {
                            anchors.fill: parent
                            spacing: 8
                            Text { Layout.leftMargin: 8; Layout.preferredWidth: 36; text: crow.number; font.pixelSize: StaffStyle.body; font.bold: true; color: StaffStyle.text }
                            Text { Layout.fillWidth: true; text: crow.name; font.pixelSize: StaffStyle.body; color: StaffStyle.text; elide: Text.ElideRight }
                            Text { Layout.preferredWidth: 80; text: crow.queues; font.pixelSize: StaffStyle.body; color: StaffStyle.text; elide: Text.ElideRight }
                            Text {
                                Layout.preferredWidth: 64
                                text: crow.open ? qsTr("buka") : qsTr("tutup")
                                font.pixelSize: StaffStyle.body
                                font.bold: crow.open
                                color: crow.open ? StaffStyle.good : StaffStyle.muted
                            }
                            Button {
                                objectName: "layout.counterToggle." + crow.number
                                Layout.preferredWidth: 84
                                text: crow.open ? qsTr("Tutup") : qsTr("Buka")
                                font.pixelSize: StaffStyle.small
                                focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                                enabled: !page.layout.busy
                                onClicked: page.layout.setCounterOpen(crow.number, !crow.open)
                            }
                        }
                    }
                }
                GridLayout {
                    Layout.fillWidth: true
                    visible: page.layout.canManage
                    columns: 3
                    columnSpacing: 8
                    rowSpacing: 4
                    Field { id: counterNo; objectName: "layout.counterNumber"; Layout.preferredWidth: 70; label: qsTr("No.") }
                    Field { id: counterName; objectName: "layout.counterName"; Layout.fillWidth: true; label: qsTr("Nama loket") }
                    Field { id: counterQueues; objectName: "layout.counterQueues"; Layout.preferredWidth: 110; label: qsTr("Antrean (A, B)") }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: page.layout.canManage
                    spacing: 8
                    DeskButton {
                        objectName: "layout.addCounter"
                        Layout.fillWidth: true
                        implicitHeight: 40
                        enabled: !page.layout.busy
                        text: qsTr("Tambah loket")
                        onClicked: page.layout.addCounter(counterNo.text, counterName.text, counterQueues.text)
                    }
                    DeskButton {
                        objectName: "layout.saveCounter"
                        Layout.fillWidth: true
                        implicitHeight: 40
                        enabled: !page.layout.busy && page.counterNumber > 0
                        text: qsTr("Simpan loket")
                        onClicked: page.layout.changeCounter(page.counterNumber, counterName.text, counterQueues.text)
                    }
                }
            }
        }

        // -- queues --------------------------------------------------------------------------
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            radius: StaffStyle.radius
            color: StaffStyle.surface
            border.color: StaffStyle.line
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12
                spacing: 6
                SectionTitle { text: qsTr("Antrean") }
                ListView {
                    objectName: "layout.queues"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 120
                    clip: true
                    model: page.layout.queues
                    delegate: Rectangle {
                        id: qrow
                        required property string letter
                        required property string name
                        required property string services
                        required property string policy
                        required property string policyText
                        required property int ratio
                        required property real weight
                        required property string counters
                        objectName: "layout.queue." + letter
                        width: ListView.view.width
                        height: 40
                        radius: 4
                        color: page.queueLetter === letter ? StaffStyle.selected : "transparent"
                        MouseArea { anchors.fill: parent; onClicked: page.pickQueue(qrow.letter, qrow.name, qrow.services, qrow.policy, qrow.ratio, qrow.weight) }
                        RowLayout {
                            anchors.fill: parent
                            spacing: 8
                            Text { Layout.leftMargin: 8; Layout.preferredWidth: 28; text: qrow.letter; font.pixelSize: StaffStyle.large; font.bold: true; color: StaffStyle.text }
                            Text { Layout.fillWidth: true; text: qrow.name; font.pixelSize: StaffStyle.body; color: StaffStyle.text; elide: Text.ElideRight }
                            Text { Layout.preferredWidth: 150; text: qsTr("layanan: %1").arg(qrow.services); font.pixelSize: StaffStyle.small; color: StaffStyle.muted; elide: Text.ElideRight }
                        }
                    }
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 3
                    columnSpacing: 8
                    rowSpacing: 4
                    enabled: page.layout.canManage
                    Field { id: queueLetterField; objectName: "layout.queueLetter"; Layout.preferredWidth: 70; label: qsTr("Huruf") }
                    Field { id: queueName; objectName: "layout.queueName"; Layout.fillWidth: true; Layout.columnSpan: 2; label: qsTr("Nama antrean") }
                    Field { id: queueServices; objectName: "layout.queueServices"; Layout.fillWidth: true; Layout.columnSpan: 3; label: qsTr("Layanan (nomor, atau \"semua\")") }
                    ComboBox {
                        id: policyBox
                        objectName: "layout.policy"
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignBottom
                        model: page.layout.policies
                        textRole: "label"
                        valueRole: "key"
                        font.pixelSize: StaffStyle.body
                        onActivated: page.previewPolicy()
                    }
                    Field { id: ratioField; objectName: "layout.ratio"; Layout.preferredWidth: 90; label: qsTr("Rasio"); text: "2"; onTextChanged: page.previewPolicy() }
                    Field { id: weightField; objectName: "layout.weight"; Layout.preferredWidth: 90; label: qsTr("Bobot"); text: "2"; onTextChanged: page.previewPolicy() }
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: 4
                    color: StaffStyle.infoSoft
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 8
                        spacing: 4
                        Text {
                            text: qsTr("Contoh: 7 nomor reguler (R) dan 3 nomor prioritas (P) menunggu")
                            font.pixelSize: StaffStyle.small
                            color: StaffStyle.muted
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            objectName: "layout.example"
                            Layout.fillWidth: true
                            text: page.layout.example
                            font.pixelSize: StaffStyle.body
                            font.bold: true
                            color: StaffStyle.text
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            objectName: "layout.exampleRule"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: page.layout.exampleRule
                            font.pixelSize: StaffStyle.small
                            color: StaffStyle.text
                            wrapMode: Text.WordWrap
                            elide: Text.ElideRight
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: page.layout.canManage
                    spacing: 8
                    DeskButton {
                        objectName: "layout.addQueue"
                        Layout.fillWidth: true
                        implicitHeight: 40
                        enabled: !page.layout.busy
                        text: qsTr("Tambah antrean")
                        onClicked: page.layout.addQueue(queueLetterField.text, queueName.text, queueServices.text, policyBox.currentValue, ratioField.text, weightField.text)
                    }
                    DeskButton {
                        objectName: "layout.saveQueue"
                        Layout.fillWidth: true
                        implicitHeight: 40
                        enabled: !page.layout.busy && page.queueLetter !== ""
                        text: qsTr("Simpan antrean")
                        onClicked: page.layout.changeQueue(page.queueLetter, queueName.text, queueServices.text, policyBox.currentValue, ratioField.text, weightField.text)
                    }
                }
            }
        }
    }
  }
}
