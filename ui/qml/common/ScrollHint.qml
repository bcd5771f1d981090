import QtQuick

// A gutter beside a Flickable with "up" and "down" buttons and a position bar: not every visitor
// knows a list can be swiped. Anchor it to the right of the Flickable; it never covers content.
Item {
    id: hint
    property Flickable flickable
    readonly property real overflow: flickable ? Math.max(0, flickable.contentHeight - flickable.height) : 0
    readonly property bool moreBelow: overflow > 2 && flickable.contentY < overflow - 2
    readonly property bool moreAbove: overflow > 2 && flickable.contentY > 2

    implicitWidth: Theme.touch

    function page(direction) {
        scroll.to = Math.max(0, Math.min(overflow, flickable.contentY + direction * flickable.height * 0.8))
        scroll.restart()
    }

    KioskButton {
        id: up
        objectName: "scroll.up"
        anchors.top: parent.top
        width: parent.width
        visible: hint.overflow > 2
        enabled: hint.moreAbove
        fontSize: Theme.heading
        text: "▲"
        activeFocusOnTab: false  // keys scroll by moving the focus; these are for fingers
        Accessible.name: qsTr("Gulir ke atas")
        onClicked: hint.page(-1)
    }
    Rectangle {
        visible: hint.overflow > 2
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: up.bottom
        anchors.bottom: down.top
        anchors.margins: Theme.smallGap
        width: Theme.px(12)
        radius: width / 2
        color: "#D3DDE8"
        Rectangle {
            width: parent.width
            radius: width / 2
            color: Theme.primary
            height: hint.flickable ? Math.max(Theme.px(48), parent.height * hint.flickable.height / Math.max(1, hint.flickable.contentHeight)) : 0
            y: hint.overflow > 0 ? (parent.height - height) * hint.flickable.contentY / hint.overflow : 0
        }
    }
    KioskButton {
        id: down
        objectName: "scroll.down"
        anchors.bottom: parent.bottom
        width: parent.width
        visible: hint.overflow > 2
        enabled: hint.moreBelow
        kind: hint.moreBelow ? "primary" : "secondary"
        fontSize: Theme.heading
        text: "▼"
        activeFocusOnTab: false
        Accessible.name: qsTr("Gulir ke bawah")
        onClicked: hint.page(1)
    }

    NumberAnimation {
        id: scroll
        target: hint.flickable
        property: "contentY"
        duration: 250
        easing.type: Easing.OutCubic
    }
}
