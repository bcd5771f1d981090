import QtQuick
import QtQuick.Window

// The display terminal's window; the board inside scales to whatever screen the TV has.
Window {
    id: window
    objectName: "display.window"
    width: 1920
    height: 1080
    visible: false
    color: "#0A3158"
    title: "MPP Kiosk - Layar antrean"
    required property QtObject displayBoard
    required property QtObject wallClock

    DisplayBoard {
        anchors.fill: parent
        board: window.displayBoard
        clock: window.wallClock
    }
}
