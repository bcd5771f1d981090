import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// A labelled single-line input.
ColumnLayout {
    id: field
    property alias label: caption.text
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias echoMode: input.echoMode
    property alias input: input
    signal accepted()
    spacing: 2
    Text {
        id: caption
        font.pixelSize: StaffStyle.small
        color: StaffStyle.muted
    }
    TextField {
        id: input
        Layout.fillWidth: true
        font.pixelSize: StaffStyle.body
        color: StaffStyle.text
        placeholderTextColor: "#5F6B78"
        onAccepted: field.accepted()
        background: Rectangle {
            radius: 4
            color: StaffStyle.surface
            border.color: input.activeFocus ? StaffStyle.primary : StaffStyle.line
            border.width: input.activeFocus ? 2 : 1
        }
    }
}
