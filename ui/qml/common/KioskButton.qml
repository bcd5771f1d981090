import QtQuick

// A large touch target. `kind` picks the colour; a `selected` toggle fills it.
// Its natural width fits the label on one line; given less, the label wraps (never cut off).
Rectangle {
    id: button
    property string text: ""
    property string subtext: ""
    property string glyph: ""
    property string kind: "secondary"   // primary | secondary | good | bad | unsure | header
    property bool selected: false
    property bool filled: kind === "primary" || kind === "header" || selected
    property int fontSize: Theme.large
    property int horizontalAlignment: Text.AlignHCenter
    property int padding: Theme.gap
    readonly property bool touchTarget: true
    signal clicked()

    readonly property color tone: kind === "good" ? Theme.good
                                : kind === "bad" ? Theme.bad
                                : kind === "unsure" ? Theme.unsure
                                : kind === "header" ? Theme.header
                                : Theme.primary
    readonly property color ink: filled ? (kind === "header" ? Theme.headerText : Theme.primaryText) : tone
    readonly property real glyphSpace: glyph.length > 0 ? glyphLabel.implicitWidth + Theme.smallGap : 0
    readonly property real room: Math.max(0, width - 2 * padding)
    // Narrower than this and the longest word would have to break: layouts use it as a minimum.
    readonly property real minimumWidth: Math.ceil(glyphSpace + longestWord.advanceWidth + 2 * padding) + 1

    function longestOf(words) {
        var longest = ""
        var parts = words.split(/\s+/)
        for (var i = 0; i < parts.length; ++i) {
            if (parts[i].length > longest.length)
                longest = parts[i]
        }
        return longest
    }

    TextMetrics {
        id: longestWord
        font: label.font
        text: button.longestOf(button.text)
    }

    implicitWidth: Math.max(Theme.touch, Math.max(glyphSpace + label.implicitWidth, sub.implicitWidth) + 2 * padding)
    implicitHeight: Math.max(Theme.touch, column.implicitHeight + 2 * Theme.smallGap)
    radius: Theme.radius
    color: filled ? (area.pressed ? Qt.darker(tone, 1.3) : tone) : (area.pressed ? Theme.infoSoft : Theme.surface)
    border.color: kind === "header" ? Theme.headerText : tone
    border.width: Theme.border
    opacity: enabled ? 1.0 : 0.45

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: if (enabled) button.clicked()

    Column {
        id: column
        anchors.verticalCenter: parent.verticalCenter
        x: button.padding
        width: button.room
        spacing: Theme.px(4)
        Item {
            width: column.width
            height: Math.max(glyphLabel.visible ? glyphLabel.implicitHeight : 0, label.height)
            Row {
                spacing: Theme.smallGap
                x: button.horizontalAlignment === Text.AlignHCenter ? (parent.width - width) / 2 : 0
                Text {
                    id: glyphLabel
                    visible: button.glyph.length > 0
                    text: button.glyph
                    color: button.ink
                    font.pixelSize: button.fontSize
                    font.bold: true
                }
                Text {
                    id: label
                    width: Math.min(implicitWidth, button.room - button.glyphSpace)
                    text: button.text
                    color: button.ink
                    font.pixelSize: button.fontSize
                    font.bold: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: button.horizontalAlignment
                }
            }
        }
        Text {
            id: sub
            visible: button.subtext.length > 0
            width: column.width
            text: button.subtext
            color: button.ink
            font.pixelSize: Theme.small
            wrapMode: Text.WordWrap
            horizontalAlignment: button.horizontalAlignment
        }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        enabled: button.enabled
        onClicked: button.clicked()
    }
}
