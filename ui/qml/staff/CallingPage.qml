pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// Calling: the ticket at this counter (or one opened by scanning), why the queue chose it,
// the applicant's checklist answers from the kiosk, and the actions with their keys.
Item {
    id: page
    objectName: "page.calling"
    required property var calling

    // Shown only when an answer takes a while (a busy or distant database): the officer sees the
    // desk is working, not frozen, and the screen keeps drawing meanwhile.
    property bool slow: false
    Timer { interval: 400; running: page.calling.busy; onTriggered: page.slow = true }
    Connections {
        target: page.calling
        function onBusyChanged() { if (!page.calling.busy) page.slow = false }
    }

    function openTransfer() {
        if (["waiting", "called", "serving", "held"].indexOf(page.calling.ticketStatus) >= 0) transferPopup.open()
    }
    function focusScan() { scanField.input.forceActiveFocus() }

    RowLayout {
        anchors.fill: parent
        spacing: 16

        Rectangle {
            objectName: "calling.ticketPanel"
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: StaffStyle.radius
            color: StaffStyle.surface
            border.color: StaffStyle.line

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 16
                spacing: 8
                visible: page.calling.hasTicket

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 16
                    Text {
                        objectName: "calling.code"
                        text: page.calling.ticketCode
                        font.pixelSize: StaffStyle.code
                        font.bold: true
                        color: StaffStyle.primary
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        Text {
                            objectName: "calling.status"
                            Layout.fillWidth: true
                            text: page.calling.ticketStatusLabel + (page.calling.ticketCounter ? " - " + page.calling.ticketCounter : "")
                            font.pixelSize: StaffStyle.large
                            font.bold: true
                            color: StaffStyle.text
                            elide: Text.ElideRight
                        }
                        Rectangle {
                            objectName: "calling.priority"
                            visible: page.calling.ticketPriority.length > 0
                            implicitWidth: priorityText.implicitWidth + 16
                            implicitHeight: priorityText.implicitHeight + 6
                            radius: 4
                            color: StaffStyle.warnSoft
                            Text {
                                id: priorityText
                                anchors.centerIn: parent
                                text: qsTr("Prioritas: %1").arg(page.calling.ticketPriority)
                                font.pixelSize: StaffStyle.body
                                font.bold: true
                                color: StaffStyle.warn
                            }
                        }
                        Text {
                            objectName: "calling.waited"
                            text: qsTr("Menunggu %1").arg(page.calling.ticketWaited)
                            font.pixelSize: StaffStyle.body
                            color: StaffStyle.muted
                        }
                    }
                }
                Text {
                    objectName: "calling.service"
                    Layout.fillWidth: true
                    text: page.calling.ticketService
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    font.pixelSize: StaffStyle.body
                    font.bold: true
                    color: StaffStyle.text
                }
                // A no-show marked by mistake (the applicant was in the restroom) goes back in line,
                // as the queue's rules place it, after the officer confirms.
                Rectangle {
                    objectName: "calling.noShowPanel"
                    Layout.fillWidth: true
                    visible: page.calling.ticketStatus === "no_show"
                    implicitHeight: noShowRow.implicitHeight + 12
                    radius: 4
                    color: StaffStyle.warnSoft
                    RowLayout {
                        id: noShowRow
                        anchors.fill: parent
                        anchors.margins: 6
                        spacing: 8
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Tiket ini ditandai tidak hadir. Pemohon datang?")
                            wrapMode: Text.WordWrap
                            font.pixelSize: StaffStyle.body
                            color: StaffStyle.warn
                        }
                        DeskButton {
                            objectName: "action.undoNoShow"
                            Layout.preferredWidth: 250
                            implicitHeight: 40
                            text: qsTr("Kembalikan ke antrean")
                            onClicked: undoNoShow.open()
                        }
                    }
                }
                Text {
                    objectName: "calling.reason"
                    Layout.fillWidth: true
                    visible: page.calling.ticketReason.length > 0
                    text: qsTr("Alasan dipanggil: %1").arg(page.calling.ticketReason)
                    wrapMode: Text.WordWrap
                    font.pixelSize: StaffStyle.body
                    color: StaffStyle.muted
                }
                SectionTitle {
                    Layout.topMargin: 6
                    text: qsTr("Jawaban daftar periksa di kios")
                }
                ListView {
                    objectName: "calling.checklist"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 2
                    model: page.calling.checklistModel
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    delegate: Rectangle {
                        id: checkRow
                        required property int order
                        required property string text
                        required property string answer
                        required property string answerLabel
                        width: ListView.view.width - 12
                        height: Math.max(32, itemText.implicitHeight + 10)
                        radius: 4
                        color: answer === "ada" ? StaffStyle.goodSoft : answer === "belum" ? StaffStyle.badSoft
                             : answer === "tidak_tahu" ? StaffStyle.warnSoft : "transparent"
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: 8
                            anchors.rightMargin: 8
                            spacing: 8
                            Text {
                                id: itemText
                                Layout.fillWidth: true
                                text: checkRow.order + ". " + checkRow.text
                                wrapMode: Text.WordWrap
                                font.pixelSize: StaffStyle.small
                                color: StaffStyle.text
                            }
                            Text {
                                Layout.preferredWidth: 150
                                horizontalAlignment: Text.AlignRight
                                text: checkRow.answerLabel
                                font.pixelSize: StaffStyle.small
                                font.bold: true
                                color: checkRow.answer === "ada" ? StaffStyle.good : checkRow.answer === "belum" ? StaffStyle.bad
                                     : checkRow.answer === "tidak_tahu" ? StaffStyle.warn : StaffStyle.muted
                            }
                        }
                    }
                }
            }
            ColumnLayout {
                anchors.centerIn: parent
                width: parent.width - 64
                visible: !page.calling.hasTicket
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: qsTr("Belum ada tiket di loket ini.")
                    font.pixelSize: StaffStyle.heading
                    color: StaffStyle.text
                }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: qsTr("Tekan F2 untuk memanggil antrean berikutnya, atau pindai kode QR tiket.")
                    font.pixelSize: StaffStyle.body
                    color: StaffStyle.muted
                }
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 420
            Layout.maximumWidth: 420
            Layout.fillHeight: true
            spacing: 10

            Text {
                objectName: "calling.busy"
                Layout.fillWidth: true
                visible: page.slow
                wrapMode: Text.WordWrap
                text: qsTr("Sedang memproses, mohon tunggu…")
                font.pixelSize: StaffStyle.body
                color: StaffStyle.muted
            }
            DeskButton {
                objectName: "action.callNext"
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                kind: "primary"
                text: qsTr("Panggil berikutnya")
                shortcutText: "F2"
                onClicked: page.calling.callNext()
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                rowSpacing: 8
                columnSpacing: 8
                DeskButton {
                    objectName: "action.recall"
                    Layout.fillWidth: true
                    enabled: page.calling.ticketAtThisCounter
                    text: qsTr("Panggil ulang")
                    shortcutText: "F3"
                    onClicked: page.calling.recall()
                }
                DeskButton {
                    objectName: "action.serve"
                    Layout.fillWidth: true
                    enabled: page.calling.ticketStatus === "called" && page.calling.ticketAtThisCounter
                    text: qsTr("Mulai layani")
                    shortcutText: "F4"
                    onClicked: page.calling.serve()
                }
                DeskButton {
                    objectName: "action.skip"
                    Layout.fillWidth: true
                    enabled: page.calling.ticketStatus === "called" && page.calling.ticketAtThisCounter
                    text: qsTr("Tidak hadir")
                    shortcutText: "F5"
                    onClicked: page.calling.skip()
                }
                DeskButton {
                    objectName: "action.hold"
                    Layout.fillWidth: true
                    enabled: ["waiting", "called", "serving"].indexOf(page.calling.ticketStatus) >= 0
                    text: qsTr("Tunda")
                    shortcutText: "F6"
                    onClicked: page.calling.hold()
                }
                DeskButton {
                    objectName: "action.transfer"
                    Layout.fillWidth: true
                    enabled: ["waiting", "called", "serving", "held"].indexOf(page.calling.ticketStatus) >= 0
                    text: qsTr("Pindahkan")
                    shortcutText: "F7"
                    onClicked: page.openTransfer()
                }
                DeskButton {
                    objectName: "action.complete"
                    Layout.fillWidth: true
                    enabled: page.calling.ticketAtThisCounter
                    kind: "primary"
                    text: qsTr("Selesai")
                    shortcutText: "F8"
                    onClicked: page.calling.complete()
                }
            }
            Field {
                id: scanField
                objectName: "calling.scan"
                Layout.fillWidth: true
                label: qsTr("Pindai QR atau ketik nomor tiket (F12)")
                placeholder: qsTr("mis. A-012")
                onAccepted: { page.calling.openTicket(text); text = "" }
            }
            SectionTitle { text: qsTr("Antrean loket ini") }
            ColumnLayout {
                objectName: "calling.lines"
                Layout.fillWidth: true
                spacing: 2
                Repeater {
                    model: page.calling.myLinesModel
                    RowLayout {
                        id: myLine
                        required property string letter
                        required property string name
                        required property int waiting
                        required property string next
                        objectName: "calling.line." + letter
                        Layout.fillWidth: true
                        spacing: 8
                        Text { text: myLine.letter; font.pixelSize: StaffStyle.large; font.bold: true; color: StaffStyle.text }
                        Text {
                            objectName: "calling.lineWaiting." + myLine.letter
                            text: qsTr("%1 menunggu").arg(myLine.waiting)
                            font.pixelSize: StaffStyle.body
                            font.bold: true
                            color: StaffStyle.text
                        }
                        Text {
                            objectName: "calling.lineNext." + myLine.letter
                            Layout.fillWidth: true
                            text: myLine.next
                            font.pixelSize: StaffStyle.small
                            color: StaffStyle.muted
                            elide: Text.ElideRight
                        }
                    }
                }
            }
            SectionTitle { text: qsTr("Ditunda") }
            ListView {
                objectName: "calling.held"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: page.calling.heldModel
                delegate: RowLayout {
                    id: heldTicket
                    required property string code
                    required property string service
                    width: ListView.view.width
                    Text {
                        Layout.preferredWidth: 80
                        text: heldTicket.code
                        font.pixelSize: StaffStyle.large
                        font.bold: true
                        color: StaffStyle.text
                    }
                    Text {
                        Layout.fillWidth: true
                        text: heldTicket.service
                        elide: Text.ElideRight
                        font.pixelSize: StaffStyle.small
                        color: StaffStyle.muted
                    }
                    Button {
                        text: qsTr("Lanjutkan")
                        font.pixelSize: StaffStyle.small
                        focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                        onClicked: page.calling.resume(heldTicket.code)
                    }
                }
                Text {
                    anchors.top: parent.top
                    visible: parent.count === 0
                    text: qsTr("Tidak ada tiket yang ditunda.")
                    font.pixelSize: StaffStyle.small
                    color: StaffStyle.muted
                }
            }
        }
    }

    Popup {
        id: undoNoShow
        objectName: "calling.undoNoShowPopup"
        anchors.centerIn: parent
        width: 560
        modal: true
        focus: true
        padding: 20
        contentItem: ColumnLayout {
            spacing: 12
            SectionTitle { text: qsTr("Kembalikan %1 ke antrean?").arg(page.calling.ticketCode) }
            Text {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Tiket ini akan menunggu lagi dan dipanggil sesuai aturan antrean. Lakukan hanya bila pemohon ada di ruang layanan.")
                font.pixelSize: StaffStyle.body
                color: StaffStyle.text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Item { Layout.fillWidth: true }
                DeskButton {
                    objectName: "calling.undoNoShowCancel"
                    implicitHeight: 44
                    text: qsTr("Batal")
                    onClicked: undoNoShow.close()
                }
                DeskButton {
                    objectName: "calling.undoNoShowConfirm"
                    implicitHeight: 44
                    Layout.preferredWidth: 220
                    kind: "primary"
                    text: qsTr("Ya, kembalikan")
                    onClicked: { undoNoShow.close(); page.calling.resume(page.calling.ticketCode) }
                }
            }
        }
    }

    Popup {
        id: transferPopup
        objectName: "calling.transferPopup"
        anchors.centerIn: parent
        width: 680
        modal: true
        focus: true
        padding: 20
        onAboutToShow: { page.calling.prepareTransfer(); transferTarget.input.text = "" }
        onOpened: transferTarget.input.forceActiveFocus()
        contentItem: ColumnLayout {
            spacing: 10
            SectionTitle { text: qsTr("Pindahkan %1").arg(page.calling.ticketCode) }
            Field {
                id: transferTarget
                objectName: "transfer.target"
                Layout.fillWidth: true
                label: qsTr("Ketik huruf antrean atau nomor loket, lalu Enter")
                onAccepted: { transferPopup.close(); page.calling.transferTo(transferTarget.input.text) }
            }
            Text {
                text: qsTr("Ke antrean lain (urutan menurut aturan antrean)")
                font.pixelSize: StaffStyle.small
                font.bold: true
                color: StaffStyle.muted
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: 8
                rowSpacing: 8
                Repeater {
                    model: page.calling.queuesModel
                    delegate: DeskButton {
                        required property string letter
                        required property string name
                        objectName: "transfer." + letter
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: letter + " - " + name
                        onClicked: { transferPopup.close(); page.calling.transfer(letter) }
                    }
                }
            }
            Text {
                text: qsTr("Ke loket lain (dipanggil loket itu lebih dulu)")
                font.pixelSize: StaffStyle.small
                font.bold: true
                color: StaffStyle.muted
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 6
                columnSpacing: 8
                rowSpacing: 8
                Repeater {
                    model: page.calling.transferCountersModel
                    delegate: DeskButton {
                        required property int number
                        required property string name
                        objectName: "transfer.counter." + number
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: name
                        onClicked: { transferPopup.close(); page.calling.transferToCounter(number) }
                    }
                }
            }
            Text {
                objectName: "transfer.noCounter"
                visible: page.calling.transferCountersModel.count === 0
                text: qsTr("Tidak ada loket lain yang buka.")
                font.pixelSize: StaffStyle.small
                color: StaffStyle.muted
            }
            DeskButton {
                Layout.fillWidth: true
                text: qsTr("Batal")
                shortcutText: "Esc"
                onClicked: transferPopup.close()
            }
        }
    }
}
