pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import common

// The display terminal's window; the board inside scales to whatever screen the TV has.
Window {
    id: window
    objectName: "display.window"
    width: 1920
    height: 1080
    visible: false
    color: "#0A3158"
    title: "MPP Kiosk - Layar antrean"
    required property var displayBoard
    required property var wallClock
    required property var staffGate

    DisplayBoard {
        anchors.fill: parent
        board: window.displayBoard
        clock: window.wallClock
    }

    // A TV usually has no keyboard; when one is plugged in, leaving needs the staff PIN too.
    Loader {
        objectName: "staffOverlay"
        anchors.fill: parent
        active: window.staffGate.state !== "closed"
        sourceComponent: StaffOverlay {
            gate: window.staffGate
            exitText: qsTr("Keluar dari layar antrean")
        }
    }
}
