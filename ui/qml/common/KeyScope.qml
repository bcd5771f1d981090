import QtQuick
import "Nav.js" as Nav

// Holds a terminal's screens and moves between their controls with keys (see Nav.js).
// `screen` is the current screen, `overlay` a dialog on top of it (keys stay inside it while it
// shows). When a screen opens, its first control takes the focus; after an overlay, the control
// that had it gets it back. Escape (keypad 0) asks for `back`.
FocusScope {
    id: scope
    property Item screen: null
    property Item overlay: null
    readonly property Item area: overlay ? overlay : screen
    // Where Up/Down may go: the header too (language, text size, voice), unless a dialog shows.
    readonly property Item navArea: overlay ? overlay : scope
    property Item screenFocus: null
    signal back()

    focus: true

    function current() {
        var win = scope.Window.window
        var item = win ? win.activeFocusItem : null
        // The scope, the screen's loader or the screen itself hold the focus only when the
        // control that had it went away (a list changed, a button hid): nothing is focused.
        if (item === scope || (screen && (item === screen || item === screen.parent)))
            return null
        return item
    }

    function focusFirst() {
        if (!area)
            return
        var now = current()
        if (now && Nav.within(now, area) && now.visible)
            return
        if (!overlay && screenFocus && Nav.within(screenFocus, area) && screenFocus.visible && screenFocus.enabled) {
            screenFocus.forceActiveFocus(Qt.OtherFocusReason)
            return
        }
        var first = Nav.first(area)
        if (first)
            first.forceActiveFocus(Qt.OtherFocusReason)
    }

    onAreaChanged: Qt.callLater(scope.focusFirst)
    onScreenChanged: screenFocus = null

    Connections {
        target: scope.Window.window
        function onActiveFocusItemChanged() {
            var item = scope.current()
            if (!item) {
                Qt.callLater(scope.focusFirst)
                return
            }
            if (scope.screen && Nav.within(item, scope.screen))
                scope.screenFocus = item
            // Only for keys: a touch user's scrolled list must not jump back to where focus is.
            if (Theme.keyboard)
                Nav.reveal(item)
        }
    }

    Keys.onPressed: function (event) {
        var now = scope.current()
        var moving = [Qt.Key_Down, Qt.Key_Up, Qt.Key_Left, Qt.Key_Right].indexOf(event.key) >= 0
        if (!now && moving) {
            scope.focusFirst()
            event.accepted = true
            return
        }
        switch (event.key) {
        case Qt.Key_Down:
            if (!Nav.scroll(now, true))
                Nav.move(now, scope.navArea, true)
            break
        case Qt.Key_Up:
            if (!Nav.scroll(now, false))
                Nav.move(now, scope.navArea, false)
            break
        case Qt.Key_Right:
            Nav.change(now, scope.navArea, true)
            break
        case Qt.Key_Left:
            Nav.change(now, scope.navArea, false)
            break
        case Qt.Key_Escape:
            scope.back()
            break
        case Qt.Key_Return:
        case Qt.Key_Enter:
        case Qt.Key_Space:
            if (!now)
                scope.focusFirst()
            break
        default:
            return
        }
        event.accepted = true
    }
}
