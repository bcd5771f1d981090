import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// A new office has no officer yet: whoever installs it creates the first administrator here
// (ID, name, PIN twice). Never shown again once any officer exists.
Rectangle {
    id: screen
    objectName: "firstrun.screen"
    required property var firstRun
    required property var language
    color: StaffStyle.background

    function submit() {
        firstRun.create(codeField.text, nameField.text, pinField.text, againField.text)
        pinField.text = ""
        againField.text = ""
    }
    onVisibleChanged: if (visible) codeField.input.forceActiveFocus()
    Component.onCompleted: if (visible) codeField.input.forceActiveFocus()

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: 64
        color: StaffStyle.header
        Text {
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            anchors.leftMargin: 24
            text: qsTr("Meja Petugas - Mal Pelayanan Publik")
            color: StaffStyle.headerText
            font.pixelSize: StaffStyle.heading
            font.bold: true
        }
        Button {
            objectName: "firstrun.language"
            anchors.verticalCenter: parent.verticalCenter
            anchors.right: parent.right
            anchors.rightMargin: 24
            text: screen.language.code === "id" ? "English" : "Bahasa Indonesia"
            font.pixelSize: StaffStyle.body
            focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
            onClicked: screen.language.toggle()
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: 620
        height: form.implicitHeight + 48
        radius: StaffStyle.radius
        color: StaffStyle.surface
        border.color: StaffStyle.line
        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: 24
            spacing: StaffStyle.gap
            Text {
                text: qsTr("Penyiapan kantor baru")
                font.pixelSize: StaffStyle.heading
                font.bold: true
                color: StaffStyle.text
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Belum ada petugas di basis data ini. Buat akun administrator pertama; administrator kemudian menambahkan petugas, loket, dan antrean dari layar ini.")
                wrapMode: Text.WordWrap
                font.pixelSize: StaffStyle.body
                color: StaffStyle.muted
            }
            Field {
                id: codeField
                objectName: "firstrun.code"
                Layout.fillWidth: true
                label: qsTr("ID administrator")
                placeholder: qsTr("mis. ADMIN atau NIP")
                onAccepted: nameField.input.forceActiveFocus()
            }
            Field {
                id: nameField
                objectName: "firstrun.name"
                Layout.fillWidth: true
                label: qsTr("Nama lengkap")
                onAccepted: pinField.input.forceActiveFocus()
            }
            Field {
                id: pinField
                objectName: "firstrun.pin"
                Layout.fillWidth: true
                label: qsTr("PIN (6 sampai 12 angka)")
                echoMode: TextInput.Password
                onAccepted: againField.input.forceActiveFocus()
            }
            Field {
                id: againField
                objectName: "firstrun.pinAgain"
                Layout.fillWidth: true
                label: qsTr("Ketik ulang PIN")
                echoMode: TextInput.Password
                onAccepted: screen.submit()
            }
            Text {
                objectName: "firstrun.message"
                Layout.fillWidth: true
                visible: text.length > 0
                text: screen.firstRun.message
                wrapMode: Text.WordWrap
                font.pixelSize: StaffStyle.body
                color: StaffStyle.bad
            }
            DeskButton {
                objectName: "firstrun.submit"
                Layout.fillWidth: true
                kind: "primary"
                enabled: !screen.firstRun.working
                text: qsTr("Buat administrator")
                shortcutText: "Enter"
                onClicked: screen.submit()
            }
        }
    }
}
