import QtQuick
import QtQuick.Layouts
import common
import "Labels.js" as Labels

// One component of a service standard on a card: its number and name, then the catalog's text.
Card {
    id: section
    required property int number
    required property string name
    required property string html
    property string textName: ""  // objectName of the text, where tests or a screen reader need it
    Layout.fillWidth: true
    implicitHeight: sectionBody.implicitHeight + 2 * Theme.gap
    ColumnLayout {
        id: sectionBody
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.smallGap
        KioskText {
            Layout.fillWidth: true
            text: Labels.componentName(section.number, section.name, App.language.code)
            font.pixelSize: Theme.large
            font.bold: true
            color: Theme.primary
        }
        RichBlock {
            objectName: section.textName
            Layout.fillWidth: true
            renderer: App.standard
            html: section.html
        }
    }
}
