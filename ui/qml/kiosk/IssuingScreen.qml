import QtQuick
import QtQuick.Layouts
import common

// While the number is issued and printed (a slow serial printer can take a few seconds).
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.margin
        Spinner { Layout.alignment: Qt.AlignHCenter }
        KioskText {
            objectName: "issuing.text"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Mohon tunggu, nomor antrean Anda sedang dicetak...")
            font.pixelSize: Theme.heading
        }
    }
}
