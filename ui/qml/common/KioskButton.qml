import QtQuick

// A large touch target. `kind` picks the colour; a `selected` toggle fills it.
// Its natural width fits the label on one line; given less, the label wraps (never cut off).
// Keys: Tab reaches it, Return/Enter/Space press it; the focus ring shows while keys are in use.
// An option of a group (`navGroup`, e.g. one checklist row's answers) is announced as a radio
// button with its question (`context`) and whether it is chosen.
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
    property string navGroup: ""
    property string context: ""
    // The name a screen reader (and spoken guidance) says: it must make sense on its own.
    property string spokenName: (context.length > 0 ? context + ": " : "") + text
                                + (subtext.length > 0 ? ". " + subtext : "")
    signal clicked()

    activeFocusOnTab: true  // the focus chain passes over hidden and disabled controls itself
    Keys.onReturnPressed: if (enabled) button.clicked()
    Keys.onEnterPressed: if (enabled) button.clicked()
    Keys.onSpacePressed: if (enabled) button.clicked()

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

    Accessible.role: navGroup.length > 0 ? Accessible.RadioButton : Accessible.Button
    Accessible.name: spokenName
    Accessible.checkable: navGroup.length > 0
    Accessible.checked: selected
    Accessible.focusable: true
    Accessible.focused: activeFocus
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

    // Drawn inside the edge, so a list's clipping never cuts it: black then amber, visible on
    // both the white and the coloured buttons.
    Rectangle {
        objectName: "focusRing"
        anchors.fill: parent
        visible: button.activeFocus && Theme.keyboard
        radius: button.radius
        color: "transparent"
        border.width: Theme.focusRing
        border.color: Theme.focusOuter
        Rectangle {
            anchors.fill: parent
            anchors.margins: Theme.focusRing
            radius: Math.max(0, button.radius - Theme.focusRing)
            color: "transparent"
            border.width: Math.max(2, Math.round(Theme.focusRing / 2))
            border.color: Theme.focusInner
        }
    }
}
