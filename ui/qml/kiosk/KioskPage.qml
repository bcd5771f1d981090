import QtQuick
import QtQuick.Layouts
import common

// The frame of a kiosk screen: a title, the screen's own content, and a bar of buttons.
// Landscape puts the buttons in a row (back on the left); portrait stacks them (back last).
Item {
    id: page
    property string title: ""
    property string subtitle: ""
    property bool showBack: true
    property string backText: qsTr("Kembali")
    default property alias content: body.data
    property alias actions: actionBox.data
    // What spoken guidance says when the screen opens: its title and instruction.
    property string spoken: [title, subtitle].filter(function (part) { return part.length > 0 }).join(". ")
    // Where the keys start on this screen (null: the first control).
    property Item initialFocus: null
    signal backClicked()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        KioskText {
            objectName: "page.title"
            Layout.fillWidth: true
            visible: page.title.length > 0
            text: page.title
            font.pixelSize: Theme.heading
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        KioskText {
            Layout.fillWidth: true
            visible: page.subtitle.length > 0
            text: page.subtitle
            color: Theme.muted
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: false
            columns: Theme.portrait ? 1 : 2
            rowSpacing: Theme.smallGap
            columnSpacing: Theme.gap
            KioskButton {
                objectName: "page.back"
                visible: page.showBack
                Layout.row: Theme.portrait ? 1 : 0
                Layout.column: 0
                Layout.fillWidth: Theme.portrait
                Layout.minimumWidth: Theme.touch * 2
                Layout.preferredWidth: Theme.portrait ? -1 : Math.max(implicitWidth, Theme.px(300))
                glyph: "‹"
                text: page.backText
                onClicked: page.backClicked()
            }
            RowLayout {
                Layout.row: 0
                Layout.column: Theme.portrait ? 0 : 1
                Layout.fillWidth: true
                Layout.fillHeight: false
                spacing: 0
                Item {
                    visible: !Theme.portrait
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    implicitHeight: 1
                }
                GridLayout {
                    id: actionBox
                    Layout.fillWidth: true
                    Layout.maximumWidth: Theme.portrait ? Number.POSITIVE_INFINITY : implicitWidth
                    Layout.fillHeight: false
                    columns: Theme.portrait ? 1 : 4
                    rowSpacing: Theme.smallGap
                    columnSpacing: Theme.gap
                }
            }
        }
    }
}
