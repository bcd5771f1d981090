pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import common
import "Labels.js" as Labels

// The service standard: time, fee and product at a glance, then the six service-delivery parts
// in the catalog's own words. The management parts are behind "more information".
KioskPage {
    id: page
    title: App.standard.title
    subtitle: [App.standard.kbli.length > 0 ? qsTr("KBLI %1").arg(App.standard.kbli) : "", App.standard.sector, App.standard.agency]
              .filter(function (part) { return part.length > 0 }).join("  •  ")
    onBackClicked: App.kiosk.back()
    // The summary is spoken; the whole standard is a keypress away (8), not in the way.
    initialFocus: continueButton
    spoken: [title, subtitle, qsTr("Waktu penyelesaian: %1").arg(Labels.duration(App.standard.timeValue, App.standard.timeUnit, App.language.code)),
             qsTr("Biaya: %1").arg(Labels.fee(App.standard.fee, App.language.code)),
             qsTr("Tekan 8 untuk membaca standar pelayanan lengkap.")].filter(function (part) { return part.length > 0 }).join(". ")
    actions: [
        ActionButton {
            objectName: "standard.print"
            visible: App.kiosk.mode === "lookup"
            enabled: App.standard.printState !== "printing"
            text: App.standard.printState === "printing" ? qsTr("Mencetak...")
                : App.standard.printState === "printed" ? qsTr("Sudah dicetak, cetak lagi")
                : App.standard.printState === "failed" ? qsTr("Gagal mencetak, coba lagi")
                : qsTr("Cetak persyaratan")
            onClicked: App.kiosk.printRequirements()
        },
        ActionButton {
            objectName: "standard.more"
            text: qsTr("Informasi lainnya")
            onClicked: App.kiosk.showMore()
        },
        ActionButton {
            id: continueButton
            objectName: "standard.continue"
            kind: "primary"
            glyph: "›"
            text: App.kiosk.mode === "lookup" ? qsTr("Periksa kelengkapan berkas") : qsTr("Lanjut")
            onClicked: App.kiosk.startChecklist()
        }
    ]

    Flickable {
        id: scroller
        objectName: "standard.scroll"
        // Keys read it: Up/Down scroll it, and at its end move on to the buttons.
        activeFocusOnTab: true
        Accessible.role: Accessible.Document
        Accessible.name: qsTr("Standar pelayanan: %1").arg(App.standard.title)
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: scrollHint.left
        anchors.rightMargin: Theme.smallGap
        clip: true
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: scroller.width
            spacing: Theme.gap

            Rectangle {
                Layout.fillWidth: true
                visible: App.standard.isDemo
                color: Theme.unsureSoft
                radius: Theme.radius
                implicitHeight: demoText.implicitHeight + 2 * Theme.smallGap
                KioskText {
                    id: demoText
                    anchors.fill: parent
                    anchors.margins: Theme.smallGap
                    color: Theme.unsure
                    font.bold: true
                    text: qsTr("Contoh untuk uji coba: ini bukan layanan sebenarnya.")
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: Theme.gap
                rowSpacing: Theme.smallGap
                Repeater {
                    model: [
                        { name: "time", label: qsTr("Waktu penyelesaian"),
                          value: Labels.duration(App.standard.timeValue, App.standard.timeUnit, App.language.code) },
                        { name: "fee", label: qsTr("Biaya"), value: Labels.fee(App.standard.fee, App.language.code) },
                        { name: "requirements", label: qsTr("Jumlah persyaratan"),
                          value: qsTr("%n dokumen", "", App.standard.requirementCount) }
                    ]
                    Card {
                        id: factCard
                        required property var modelData
                        objectName: "standard.fact." + modelData.name
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true
                        color: Theme.infoSoft
                        border.width: 0
                        implicitHeight: fact.implicitHeight + 2 * Theme.gap
                        ColumnLayout {
                            id: fact
                            anchors.fill: parent
                            anchors.margins: Theme.gap
                            spacing: Theme.px(4)
                            KioskText { Layout.fillWidth: true; text: factCard.modelData.label; color: Theme.muted; font.pixelSize: Theme.small }
                            KioskText { Layout.fillWidth: true; text: factCard.modelData.value; font.pixelSize: Theme.large; font.bold: true }
                        }
                    }
                }
            }

            Repeater {
                model: App.standard.sections
                StandardSection {
                    objectName: "standard.section." + number
                    textName: "standard.text." + number
                }
            }
        }
    }
    FocusFrame { target: scroller }
    ScrollHint {
        id: scrollHint
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        flickable: scroller
    }
}
