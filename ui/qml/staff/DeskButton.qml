import QtQuick
import QtQuick.Controls.Basic
import staff

// A desk action: its label and, beneath, the key that does the same. Tab reaches it (a click
// leaves the focus where it was, e.g. in the scanner field); Return, Enter or Space press it.
Button {
    id: control
    property string shortcutText: ""
    property string kind: "secondary"   // primary | secondary | danger
    implicitHeight: 56
    implicitWidth: 150
    focusPolicy: Qt.TabFocus
    Keys.onReturnPressed: if (enabled) control.clicked()
    Keys.onEnterPressed: if (enabled) control.clicked()
    Accessible.name: shortcutText.length > 0 ? text + " (" + shortcutText + ")" : text
    contentItem: Item {
        opacity: control.enabled ? 1 : 0.4  // an action that does not apply now must look it
        implicitWidth: Math.max(title.implicitWidth, hint.implicitWidth)
        implicitHeight: title.implicitHeight + (hint.visible ? hint.implicitHeight : 0)
        Column {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            spacing: 0
            Text {
                id: title
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: control.text
                font.pixelSize: StaffStyle.body
                font.bold: true
                color: control.kind === "secondary" ? StaffStyle.text : StaffStyle.primaryText
                elide: Text.ElideRight
            }
            Text {
                id: hint
                width: parent.width
                visible: control.shortcutText.length > 0
                horizontalAlignment: Text.AlignHCenter
                text: control.shortcutText
                font.pixelSize: StaffStyle.small
                color: control.kind === "secondary" ? StaffStyle.muted : StaffStyle.primaryText
            }
        }
    }
    background: Rectangle {
        radius: StaffStyle.radius
        opacity: control.enabled ? 1 : 0.45
        color: control.kind === "primary" ? (control.down ? "#07315C" : StaffStyle.primary) : control.kind === "danger" ? StaffStyle.bad : (control.down ? StaffStyle.selected : StaffStyle.surface)
        border.color: control.kind === "secondary" ? StaffStyle.line : "transparent"
        border.width: 1
        // The focus ring: amber outside a black line, visible on every button colour.
        Rectangle {
            objectName: "focusRing"
            anchors.fill: parent
            anchors.margins: -3
            visible: control.activeFocus
            radius: parent.radius + 3
            color: "transparent"
            border.width: 3
            border.color: "#FFB000"
            Rectangle {
                anchors.fill: parent
                anchors.margins: 3
                radius: parent.radius - 3
                color: "transparent"
                border.width: 2
                border.color: "#000000"
            }
        }
    }
}
