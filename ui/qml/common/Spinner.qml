pragma ComponentBehavior: Bound
import QtQuick

// A calm "working" indicator that needs no Controls style.
Item {
    id: spinner
    property color color: Theme.primary
    implicitWidth: Theme.px(96)
    implicitHeight: implicitWidth
    Repeater {
        model: 8
        Rectangle {
            required property int index
            width: spinner.width * 0.16
            height: width
            radius: width / 2
            color: spinner.color
            opacity: 0.25 + 0.75 * ((index + turn.step) % 8) / 7
            x: spinner.width / 2 - width / 2 + Math.cos(index * Math.PI / 4) * spinner.width * 0.38
            y: spinner.height / 2 - height / 2 + Math.sin(index * Math.PI / 4) * spinner.height * 0.38
        }
    }
    Timer {
        id: turn
        property int step: 0
        interval: 120
        repeat: true
        running: spinner.visible
        onTriggered: step = (step + 1) % 8
    }
}
