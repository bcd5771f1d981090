import QtQuick

// The focus ring of something that is not a button (a text to read, a search field): drawn
// around `target` while it has the keys' focus and keys are in use.
Rectangle {
    property Item target: null
    anchors.fill: target
    visible: target !== null && target.activeFocus && Theme.keyboard
    color: "transparent"
    radius: Theme.radius
    border.width: Theme.focusRing
    border.color: Theme.focusOuter
    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusRing
        radius: Math.max(0, Theme.radius - Theme.focusRing)
        color: "transparent"
        border.width: Math.max(2, Math.round(Theme.focusRing / 2))
        border.color: Theme.focusInner
    }
}
