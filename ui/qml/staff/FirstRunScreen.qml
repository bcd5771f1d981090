import QtQuick
import QtQuick.Layouts
import staff

// A new office has no officer yet: whoever installs it creates the first administrator here
// (ID, name, PIN twice). Never shown again once any officer exists.
FormScreen {
    id: screen
    objectName: "firstrun.screen"
    languageName: "firstrun.language"
    title: qsTr("Penyiapan kantor baru")
    cardWidth: 620
    required property var firstRun

    function submit() {
        firstRun.create(codeField.text, nameField.text, pinField.text, againField.text)
        pinField.text = ""
        againField.text = ""
    }
    onVisibleChanged: if (visible) codeField.input.forceActiveFocus()
    Component.onCompleted: if (visible) codeField.input.forceActiveFocus()

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
