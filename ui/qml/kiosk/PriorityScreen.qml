import QtQuick
import QtQuick.Layouts
import common
import "Labels.js" as Labels

// One plain question before the ticket. No proof is asked at the kiosk.
KioskPage {
    id: page
    title: qsTr("Apakah Anda termasuk pengunjung prioritas?")
    subtitle: qsTr("Pengunjung prioritas dilayani lebih dahulu. Anda tidak perlu menunjukkan bukti di kios ini.")
    onBackClicked: App.kiosk.back()

    // Fits the screen as it is; with large text it may need to scroll, and then shows how.
    Flickable {
        id: scroller
        objectName: "priority.scroll"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        // The hint's room is kept even when it is hidden: showing it must not re-wrap the text.
        anchors.right: scrollHint.left
        anchors.rightMargin: Theme.smallGap
        clip: true
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        ColumnLayout {
            id: column
            width: scroller.width
            spacing: Theme.smallGap

            Rectangle {
                objectName: "priority.consultation"
                Layout.fillWidth: true
                visible: App.kiosk.consultation
                radius: Theme.radius
                color: Theme.unsureSoft
                implicitHeight: consultText.implicitHeight + 2 * Theme.smallGap
                KioskText {
                    id: consultText
                    anchors.fill: parent
                    anchors.margins: Theme.smallGap
                    anchors.leftMargin: Theme.gap
                    color: Theme.unsure
                    font.bold: true
                    text: App.kiosk.isInfo ? qsTr("Nomor ini untuk informasi dan konsultasi: petugas akan membantu Anda.")
                                       : qsTr("Nomor ini untuk konsultasi: petugas akan membantu memeriksa berkas Anda.")
                }
            }

            Rectangle {
                objectName: "priority.complete"
                Layout.fillWidth: true
                visible: !App.kiosk.consultation
                radius: Theme.radius
                color: Theme.goodSoft
                implicitHeight: completeText.implicitHeight + 2 * Theme.smallGap
                KioskText {
                    id: completeText
                    anchors.fill: parent
                    anchors.margins: Theme.smallGap
                    anchors.leftMargin: Theme.gap
                    color: Theme.good
                    font.bold: true
                    text: qsTr("✓ Berkas Anda lengkap. Satu pertanyaan lagi, lalu nomor antrean Anda dicetak.")
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: Theme.portrait ? 1 : 2
                columnSpacing: Theme.margin
                rowSpacing: Theme.gap

                KioskButton {
                    objectName: "priority.none"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    // In landscape as tall as the list beside it: the one answer most visitors give.
                    Layout.preferredHeight: Theme.portrait ? Math.max(implicitHeight, Theme.px(130))
                                                           : Math.max(implicitHeight, categoryColumn.implicitHeight)
                    Layout.alignment: Qt.AlignTop
                    kind: "primary"
                    fontSize: Theme.heading
                    text: qsTr("Tidak, saya pengunjung umum")
                    onClicked: App.kiosk.issue("")
                }

                ColumnLayout {
                    id: categoryColumn
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.smallGap
                    KioskText {
                        Layout.fillWidth: true
                        text: qsTr("Ya, saya termasuk:")
                        font.bold: true
                    }
                    Repeater {
                        model: App.kiosk.categories
                        KioskButton {
                            required property string key
                            context: qsTr("Ya, saya termasuk")
                            required property string labelId
                            required property string labelEn
                            objectName: "priority." + key
                            Layout.fillWidth: true
                            fontSize: Theme.large
                            text: Labels.priority(key, App.language.code === "en" ? labelEn : labelId, App.language.code)
                            onClicked: App.kiosk.issue(key)
                        }
                    }
                }
            }
        }
    }
    ScrollHint {
        id: scrollHint
        // Whenever the answers do not all fit (large text, a long translation, more categories):
        // a tile cut at the edge must never look like the last one.
        opacity: column.implicitHeight > scroller.height + 1 ? 1 : 0
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        flickable: scroller
    }
}
