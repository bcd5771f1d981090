import QtQuick
import QtQuick.Layouts
import staff

// Shown over the desk after a while without input: the same officer unlocks with the PIN.
Rectangle {
    id: lock
    objectName: "lock.screen"
    required property var desk
    color: "#E6061A2E"

    onVisibleChanged: if (visible) { pinField.text = ""; pinField.input.forceActiveFocus() }
    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: 480
        height: column.implicitHeight + 48
        radius: StaffStyle.radius
        color: StaffStyle.surface
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 24
            spacing: StaffStyle.gap
            Text {
                Layout.fillWidth: true
                text: qsTr("Meja terkunci")
                font.pixelSize: StaffStyle.heading
                font.bold: true
                color: StaffStyle.text
            }
            Text {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("%1 - %2. Masukkan PIN Anda untuk melanjutkan.").arg(lock.desk.officerName).arg(lock.desk.counterName)
                font.pixelSize: StaffStyle.body
                color: StaffStyle.muted
            }
            Field {
                id: pinField
                objectName: "lock.pin"
                Layout.fillWidth: true
                label: qsTr("PIN")
                echoMode: TextInput.Password
                onAccepted: { lock.desk.unlock(text); text = "" }
            }
            Text {
                objectName: "lock.message"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WordWrap
                text: lock.desk.message
                font.pixelSize: StaffStyle.body
                color: StaffStyle.bad
            }
            DeskButton {
                Layout.fillWidth: true
                kind: "primary"
                text: qsTr("Buka")
                shortcutText: "Enter"
                onClicked: { lock.desk.unlock(pinField.text); pinField.text = "" }
            }
        }
    }
}
