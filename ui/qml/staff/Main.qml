import QtQuick
import QtQuick.Window
import staff

// The staff desk window: sign-in, the desk itself, or the idle lock over it.
Window {
    id: window
    objectName: "staff.window"
    required property QtObject desk
    required property QtObject language
    width: 1366
    height: 768
    minimumWidth: 1280
    minimumHeight: 720
    visible: false
    color: StaffStyle.background
    title: qsTr("MPP Kiosk - Meja petugas")

    SignInScreen {
        anchors.fill: parent
        visible: window.desk.screen === "signin"
        desk: window.desk
        language: window.language
    }
    DeskScreen {
        anchors.fill: parent
        visible: window.desk.screen !== "signin"
        enabled: window.desk.screen === "desk"
        desk: window.desk
        language: window.language
    }
    LockScreen {
        anchors.fill: parent
        visible: window.desk.screen === "locked"
        desk: window.desk
    }
}
