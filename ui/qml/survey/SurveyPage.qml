import QtQuick
import QtQuick.Layouts
import common

// The frame of a survey screen: a title, the screen's content, and a bar of buttons
// (going back on the left, going on at the right).
Item {
    id: page
    property string title: ""
    property string subtitle: ""
    default property alias content: body.data
    property alias actions: actionRow.data
    property alias leading: leadRow.data
    property Item initialFocus: null

    // Escape (keypad 0): the going-back button of the bar, if there is one.
    function goBack() {
        for (var i = 0; i < leadRow.children.length; ++i) {
            var button = leadRow.children[i]
            if (button.visible && button.enabled && button.clicked !== undefined) {
                button.clicked()
                return
            }
        }
    }

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
            objectName: "page.subtitle"
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
        // Landscape: going back on the left, going on at the right. Portrait: stacked, going
        // on first, each button as wide as the screen.
        GridLayout {
            Layout.fillWidth: true
            columns: Theme.portrait ? 1 : 3
            rowSpacing: Theme.smallGap
            columnSpacing: Theme.gap
            RowLayout {
                id: leadRow
                Layout.row: Theme.portrait ? 1 : 0
                Layout.column: 0
                Layout.fillWidth: Theme.portrait
                spacing: Theme.gap
            }
            Item {
                visible: !Theme.portrait
                Layout.row: 0
                Layout.column: 1
                Layout.fillWidth: true
                implicitHeight: 1
            }
            RowLayout {
                id: actionRow
                Layout.row: 0
                Layout.column: Theme.portrait ? 0 : 2
                Layout.fillWidth: Theme.portrait
                spacing: Theme.gap
            }
        }
    }
}
