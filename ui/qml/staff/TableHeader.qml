pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import staff

// Column captions over a list; ``widths`` are preferred widths, -1 fills the rest.
Rectangle {
    id: header
    property var titles: []
    property var widths: []
    implicitHeight: 30
    color: StaffStyle.infoSoft
    radius: 4
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 8
        Repeater {
            model: header.titles
            Text {
                required property string modelData
                required property int index
                Layout.preferredWidth: header.widths[index] > 0 ? header.widths[index] : 10
                Layout.fillWidth: header.widths[index] < 0
                text: modelData
                font.pixelSize: StaffStyle.small
                font.bold: true
                color: StaffStyle.muted
                elide: Text.ElideRight
            }
        }
    }
}
