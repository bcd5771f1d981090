import QtQuick
import QtQuick.Layouts

// The staff PIN and the staff menu, over whatever screen is showing: the only way out of a
// kiosk, survey or display window (a close request opens this instead of closing).
Rectangle {
    id: overlay
    required property var gate
    property bool offerReload: false
    property string exitText: qsTr("Keluar dari aplikasi")
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
                text: overlay.gate.state === "menu" ? qsTr("Menu petugas") : qsTr("Masukkan PIN petugas")
                font.pixelSize: Theme.heading
                font.bold: true
            }
            KioskText {
                objectName: "staff.message"
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.bad
                text: overlay.gate.message === "wrong" ? qsTr("PIN salah. Silakan coba lagi.")
                    : overlay.gate.message === "locked" ? qsTr("Terlalu banyak percobaan. Tunggu satu menit.")
                    : overlay.gate.message === "noPin" ? qsTr("PIN petugas belum diatur (terminal.staff_pin di berkas konfigurasi).")
                    : ""
            }
            PinPad {
                id: pad
                visible: overlay.gate.state === "pin" && overlay.gate.message !== "noPin"
                Layout.alignment: Qt.AlignHCenter
                onSubmitted: function (pin) { overlay.gate.enter(pin); pad.clear() }
                onCancelled: { pad.clear(); overlay.gate.close() }
            }
            KioskButton {
                objectName: "staff.closeNoPin"
                visible: overlay.gate.state === "pin" && overlay.gate.message === "noPin"
                Layout.fillWidth: true
                text: qsTr("Tutup")
                onClicked: overlay.gate.close()
            }
            ColumnLayout {
                visible: overlay.gate.state === "menu"
                Layout.fillWidth: true
                spacing: Theme.smallGap
                KioskButton {
                    objectName: "staff.reload"
                    visible: overlay.offerReload
                    Layout.fillWidth: true
                    text: qsTr("Muat ulang daftar layanan")
                    onClicked: overlay.gate.reloadCatalog()
                }
                KioskButton {
                    objectName: "staff.exit"
                    Layout.fillWidth: true
                    kind: "bad"
                    text: overlay.exitText
                    onClicked: overlay.gate.exitKiosk()
                }
                KioskButton {
                    objectName: "staff.close"
                    Layout.fillWidth: true
                    kind: "primary"
                    text: qsTr("Tutup menu")
                    onClicked: overlay.gate.close()
                }
            }
        }
    }
}
