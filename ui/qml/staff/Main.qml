import QtQuick
import QtQuick.Window
import staff

// The staff desk window: sign-in, the desk itself, or the idle lock over it.
Window {
    id: window
    objectName: "staff.window"
    required property var desk
    required property var calling
    required property var files
    required property var complaints
    required property var overview
    required property var language
    required property var firstRun
    required property var officers
    required property var layout
    required property var reports
    required property var calendar
    required property var terminals
    required property var audit
    required property var catalog
    width: 1366
    height: 768
    minimumWidth: 1280
    minimumHeight: 720
    visible: false
    color: StaffStyle.background
    title: qsTr("MPP Kiosk - Meja petugas")

    FirstRunScreen {
        anchors.fill: parent
        visible: window.firstRun.needed
        firstRun: window.firstRun
        language: window.language
    }
    SignInScreen {
        anchors.fill: parent
        visible: window.desk.screen === "signin" && !window.firstRun.needed
        desk: window.desk
        language: window.language
    }
    DeskScreen {
        anchors.fill: parent
        visible: window.desk.screen !== "signin"
        enabled: window.desk.screen === "desk"
        desk: window.desk
        calling: window.calling
        files: window.files
        complaints: window.complaints
        overview: window.overview
        officers: window.officers
        layout: window.layout
        reports: window.reports
        calendar: window.calendar
        terminals: window.terminals
        audit: window.audit
        catalog: window.catalog
        language: window.language
    }
    LockScreen {
        anchors.fill: parent
        visible: window.desk.screen === "locked"
        desk: window.desk
    }
}
