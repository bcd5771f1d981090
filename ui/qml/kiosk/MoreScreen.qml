import QtQuick
import QtQuick.Layouts
import common

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
                StandardSection {
                    objectName: "more.section." + number
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
