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
        Accessible.name: caption.text
        Layout.fillWidth: true
        font.pixelSize: StaffStyle.body
        color: StaffStyle.text
        placeholderTextColor: "#5F6B78"
        onAccepted: field.accepted()
        background: Rectangle {
            radius: 4
            color: StaffStyle.surface
            // The focus is plain to see: a thick amber frame (WCAG 2.4.7).
            border.color: input.activeFocus ? "#B26B00" : StaffStyle.line
            border.width: input.activeFocus ? 3 : 1
        }
    }
}
