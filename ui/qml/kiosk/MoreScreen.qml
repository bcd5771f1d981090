import QtQuick
import QtQuick.Layouts
import common
import "Labels.js" as Labels

// The management parts of the standard (legal basis, facilities, staff, guarantees, evaluation).
KioskPage {
    title: App.standard.title
    subtitle: qsTr("Informasi lainnya dari standar pelayanan")
    onBackClicked: App.kiosk.back()

    Flickable {
        id: scroller
        objectName: "more.scroll"
        // Keys read it: Up/Down scroll it, and at its end move on to the buttons.
        activeFocusOnTab: true
        Accessible.role: Accessible.Document
        Accessible.name: qsTr("Informasi lainnya dari standar pelayanan")
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: scrollHint.left
        anchors.rightMargin: Theme.smallGap
        clip: true
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        ColumnLayout {
            id: column
            width: scroller.width
            spacing: Theme.gap
            Repeater {
                model: App.standard.more
                Card {
                    id: section
                    required property int number
                    required property string name
                    required property string html
                    objectName: "more.section." + number
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
                            Layout.fillWidth: true
                            renderer: App.standard
                            html: section.html
                        }
                    }
                }
            }
        }
    }
    FocusFrame { target: scroller }
    ScrollHint {
        id: scrollHint
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        flickable: scroller
    }
}
