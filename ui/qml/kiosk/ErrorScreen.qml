import QtQuick
import QtQuick.Layouts
import common

// A calm message for anything that went wrong; the kiosk retries or returns to welcome by itself.
KioskPage {
    id: page
    readonly property string kind: App.kiosk.error
    showBack: false
    title: kind === "database" ? qsTr("Kios sedang mengalami gangguan")
         : kind === "issue" ? qsTr("Nomor antrean belum dapat dibuat")
         : kind === "refused" ? qsTr("Nomor antrean tidak dapat diambil")
         : qsTr("Mohon maaf, terjadi kesalahan")
    actions: [
        ActionButton {
            objectName: "error.retry"
            visible: page.kind === "issue"
            kind: "primary"
            text: qsTr("Coba lagi")
            onClicked: App.kiosk.retry()
        },
        ActionButton {
            objectName: "error.home"
            visible: page.kind !== "database"
            kind: page.kind === "issue" ? "secondary" : "primary"
            text: qsTr("Kembali ke awal")
            onClicked: App.kiosk.home()
        }
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin
        Item { Layout.fillHeight: true }
        Spinner {
            visible: page.kind === "database"
            Layout.alignment: Qt.AlignHCenter
        }
        KioskText {
            objectName: "error.text"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.large
            text: page.kind === "database"
                  ? qsTr("Kami sedang mencoba menyambung kembali secara otomatis. Silakan tunggu sebentar, atau hubungi petugas informasi.")
                  : page.kind === "issue"
                  ? qsTr("Silakan coba lagi. Jika masih gagal, hubungi petugas informasi.")
                  : page.kind === "refused"
                  ? App.issued.refusal
                  : qsTr("Kios akan kembali ke layar awal sebentar lagi. Silakan mulai kembali, atau hubungi petugas informasi bila memerlukan bantuan.")
        }
        Item { Layout.fillHeight: true }
    }
}
