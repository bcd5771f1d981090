import QtQuick

// Plain text in the kiosk's body style: wraps instead of cutting words off.
Text {
    color: Theme.text
    font.pixelSize: Theme.body
    wrapMode: Text.WordWrap
    textFormat: Text.PlainText
    lineHeight: 1.1
    // Screen readers read it as text (a heading sets its own role).
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
