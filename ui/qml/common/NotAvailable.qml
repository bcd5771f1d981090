import QtQuick
import QtQuick.Layouts

// Shown for a terminal role whose screens are not built yet, instead of failing to start.
Window {
    id: root
    width: 1280
    height: 720
    color: Theme.background
    title: qsTr("MPP Kiosk: belum tersedia")

    Binding { target: Theme; property: "viewWidth"; value: root.width }
    Binding { target: Theme; property: "viewHeight"; value: root.height }

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1200))
        height: box.implicitHeight + 2 * Theme.margin
        ColumnLayout {
            id: box
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap
            KioskText {
                objectName: "notAvailable.title"
                Layout.fillWidth: true
                text: qsTr("Layar \"%1\" belum tersedia").arg(App.roleName)
                font.pixelSize: Theme.heading
                font.bold: true
            }
            KioskText {
                Layout.fillWidth: true
                text: qsTr("Peran terminal ini belum dibuat pada versi program ini. Pilih peran lain dengan --role, atau perbarui program.")
            }
            KioskText {
                Layout.fillWidth: true
                visible: App.language.code === "id"
                color: Theme.muted
                // Deliberately bilingual: whoever set the terminal up may not read Indonesian.
                text: "Not available yet: the \"" + App.roleName + "\" screens are not part of this version."
            }
        }
    }
}
