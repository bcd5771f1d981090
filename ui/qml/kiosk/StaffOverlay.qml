import QtQuick
import QtQuick.Layouts
import common

// The staff PIN and the staff menu, over whatever screen is showing.
Rectangle {
    id: overlay
    color: Theme.scrim
    MouseArea { anchors.fill: parent }

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(820))
        height: Math.min(parent.height - 2 * Theme.margin, box.implicitHeight + 2 * Theme.margin)
        ColumnLayout {
            id: box
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap

            KioskText {
                Layout.fillWidth: true
                text: staff.state === "menu" ? qsTr("Menu petugas") : qsTr("Masukkan PIN petugas")
                font.pixelSize: Theme.heading
                font.bold: true
            }
            KioskText {
                objectName: "staff.message"
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.bad
                text: staff.message === "wrong" ? qsTr("PIN salah. Silakan coba lagi.")
                    : staff.message === "locked" ? qsTr("Terlalu banyak percobaan. Tunggu satu menit.")
                    : staff.message === "noPin" ? qsTr("PIN petugas belum diatur (terminal.staff_pin di berkas konfigurasi).")
                    : ""
            }
            PinPad {
                id: pad
                visible: staff.state === "pin" && staff.message !== "noPin"
                Layout.alignment: Qt.AlignHCenter
                onSubmitted: function (pin) { staff.enter(pin); pad.clear() }
                onCancelled: { pad.clear(); staff.close() }
            }
            KioskButton {
                objectName: "staff.closeNoPin"
                visible: staff.state === "pin" && staff.message === "noPin"
                Layout.fillWidth: true
                text: qsTr("Tutup")
                onClicked: staff.close()
            }
            ColumnLayout {
                visible: staff.state === "menu"
                Layout.fillWidth: true
                spacing: Theme.smallGap
                KioskButton {
                    objectName: "staff.reload"
                    Layout.fillWidth: true
                    text: qsTr("Muat ulang daftar layanan")
                    onClicked: staff.reloadCatalog()
                }
                KioskButton {
                    objectName: "staff.exit"
                    Layout.fillWidth: true
                    kind: "bad"
                    text: qsTr("Keluar dari aplikasi kios")
                    onClicked: staff.exitKiosk()
                }
                KioskButton {
                    objectName: "staff.close"
                    Layout.fillWidth: true
                    kind: "primary"
                    text: qsTr("Tutup menu")
                    onClicked: staff.close()
                }
            }
        }
    }
}
