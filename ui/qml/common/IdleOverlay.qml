import QtQuick
import QtQuick.Layouts

// Shown in the last seconds before an idle kiosk forgets the applicant's answers.
Rectangle {
    id: overlay
    property int remaining: 0
    signal stay()

    color: Theme.scrim
    onVisibleChanged: if (visible) question.Accessible.announce(question.text + " " + countdown.text, Accessible.Assertive)
    // Swallow taps on the dimmed part: any touch already counts as "still here".
    MouseArea { anchors.fill: parent; onClicked: overlay.stay() }

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1000))
        height: box.implicitHeight + 2 * Theme.margin
        ColumnLayout {
            id: box
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap
            KioskText {
                id: question
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
                text: qsTr("Apakah Anda masih di sini?")
                font.pixelSize: Theme.heading
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
            }
            KioskText {
                id: countdown
                objectName: "idle.countdown"
                Layout.fillWidth: true
                text: qsTr("Demi privasi Anda, layar akan kembali ke awal dalam %n detik dan semua jawaban dihapus.", "", overlay.remaining)
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: overlay.remaining
                color: Theme.primary
                font.pixelSize: Theme.title * 1.5
                font.bold: true
            }
            KioskButton {
                objectName: "idle.continue"
                Layout.fillWidth: true
                kind: "primary"
                text: qsTr("Lanjutkan")
                onClicked: overlay.stay()
            }
        }
    }
}
