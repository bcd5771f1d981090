import QtQuick

// Catalog rich text (p, ol, ul, li, b, i, br) rendered as formatted text, never as markup.
Text {
    id: block
    property string html: ""
    property var renderer: null   // object with richText(html, indentPx), e.g. the standard view-model
    color: Theme.text
    font.pixelSize: Theme.body
    // Wrap: imported text may hold a long web address that must still fit.
    wrapMode: Text.Wrap
    textFormat: Text.RichText
    text: renderer ? renderer.richText(html, Math.round(font.pixelSize * 1.3)) : ""
}
