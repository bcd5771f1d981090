import QtQuick

// A white panel with rounded corners; text inside it is checked against its colour.
Rectangle {
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.line
    border.width: 1
}
