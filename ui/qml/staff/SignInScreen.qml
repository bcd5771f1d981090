import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// Officer ID, PIN and counter. Wrong PINs count towards the lockout; the message says how many
// tries are left, or until when the account is locked.
FormScreen {
    id: screen
    objectName: "signin.screen"
    languageName: "signin.language"
    title: qsTr("Masuk")
    cardWidth: 520
    required property var desk

    function submit() {
        desk.signIn(officerField.text, pinField.text, counterBox.currentValue === undefined ? 0 : counterBox.currentValue)
        pinField.text = ""
    }
    onVisibleChanged: if (visible) officerField.input.forceActiveFocus()
    // Opened ready to type the ID: a keyboard-only officer starts typing at once.
    Component.onCompleted: if (visible) officerField.input.forceActiveFocus()

    Field {
        id: officerField
        objectName: "signin.officer"
        Layout.fillWidth: true
        label: qsTr("ID petugas")
        placeholder: qsTr("mis. BUDI")
        onAccepted: pinField.input.forceActiveFocus()
    }
    Field {
        id: pinField
        objectName: "signin.pin"
        Layout.fillWidth: true
        label: qsTr("PIN")
        echoMode: TextInput.Password
        onAccepted: screen.submit()
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Text {
            text: qsTr("Loket")
            font.pixelSize: StaffStyle.small
            color: StaffStyle.muted
        }
        ComboBox {
            id: counterBox
            objectName: "signin.counter"
            Layout.fillWidth: true
            model: screen.desk.countersModel
            textRole: "label"
            valueRole: "number"
            font.pixelSize: StaffStyle.body
            // The list arrives from the database after the window opens: start on its first counter.
            onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
        }
    }
    Text {
        objectName: "signin.message"
        Layout.fillWidth: true
        visible: text.length > 0
        text: screen.desk.message
        wrapMode: Text.WordWrap
        font.pixelSize: StaffStyle.body
        color: screen.desk.messageKind === "error" ? StaffStyle.bad : StaffStyle.good
    }
    DeskButton {
        objectName: "signin.submit"
        Layout.fillWidth: true
        kind: "primary"
        text: qsTr("Masuk")
        shortcutText: "Enter"
        onClicked: screen.submit()
    }
}
