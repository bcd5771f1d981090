pragma Singleton
import QtQuick

// The terminal's view-models, handed over by Python before the window loads (load_window in
// ui/common/host.py). Screens read them as App.kiosk, App.language, ...: qualified names that
// the linter and the QML compiler can follow, where context properties were unqualified guesses.
// Each window has its own engine, so each has its own App.
QtObject {
    // The walk-in kiosk
    property var kiosk: null
    property var finder: null
    property var standard: null
    property var checklist: null
    property var verdict: null
    property var issued: null
    property var staff: null
    property var guide: null
    // The survey terminal
    property var survey: null
    property var staffGate: null
    // Every touch terminal
    property var idle: null
    property var language: null
    property var clock: null
    property var keyInput: null
    // The "not available" window
    property string roleName: ""
}
