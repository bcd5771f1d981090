import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// The frame of the screens before anyone signs in (sign-in, a new office's first administrator):
// the desk's title bar with the language switch, and one card in the middle holding the form.
Rectangle {
    id: frame
    required property var language
    property string languageName: ""  // objectName of the language button, for tests and AT
    property string title: ""
    property int cardWidth: 520
    default property alias fields: form.data
    color: StaffStyle.background

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
            objectName: frame.languageName
            anchors.verticalCenter: parent.verticalCenter
            anchors.right: parent.right
            anchors.rightMargin: 24
            text: frame.language.code === "id" ? "English" : "Bahasa Indonesia"
            font.pixelSize: StaffStyle.body
            focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
            onClicked: frame.language.toggle()
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: frame.cardWidth
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
                text: frame.title
                font.pixelSize: StaffStyle.heading
                font.bold: true
                color: StaffStyle.text
            }
        }
    }
}
