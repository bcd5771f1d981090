import QtQuick
import QtQuick.Layouts

// The band at the top of every terminal: logo slot, office, date and time, language and text size.
// Five quick taps on the logo open the staff PIN (`secretGesture`). Its text keeps one size when
// the visitor switches to large text: it is chrome, and the screen's content needs the room.
Rectangle {
    id: header
    property string hallName: ""
    property string officeName: ""
    property string dateText: ""
    property string timeText: ""
    property url logo: ""
    property string languageCode: "id"
    property bool largeText: false
    property bool showTextSize: true
    property bool guideAvailable: false
    property bool guideOn: false
    signal guideToggled()
    signal languageToggled()
    signal textSizeToggled()
    signal secretGesture()

    color: Theme.header
    implicitHeight: grid.implicitHeight + 2 * Theme.smallGap

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.smallGap
        anchors.bottomMargin: Theme.smallGap
        columns: Theme.portrait ? 3 : 5
        columnSpacing: Theme.gap
        rowSpacing: Theme.smallGap

        Rectangle {
            id: logoSlot
            objectName: "header.logo"
            Layout.preferredWidth: Theme.px(96)
            Layout.preferredHeight: Theme.px(96)
            radius: Theme.radius
            color: Theme.surface
            Image {
                id: logoImage
                anchors.fill: parent
                anchors.margins: Theme.px(6)
                source: header.logo
                fillMode: Image.PreserveAspectFit
                visible: status === Image.Ready
            }
            Text {
                anchors.centerIn: parent
                visible: !logoImage.visible
                text: "MPP"
                color: Theme.header
                font.pixelSize: Theme.px(30)
                font.bold: true
            }
            MouseArea {
                anchors.fill: parent
                property int taps: 0
                onClicked: {
                    taps += 1
                    tapWindow.restart()
                    if (taps >= 5) {
                        taps = 0
                        header.secretGesture()
                    }
                }
                Timer {
                    id: tapWindow
                    interval: 3000
                    onTriggered: parent.taps = 0
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: header.hallName
                color: Theme.headerText
                font.pixelSize: Theme.px(36)
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: header.officeName
                color: Theme.headerText
                font.pixelSize: Theme.px(24)
                wrapMode: Text.WordWrap
            }
        }

        ColumnLayout {
            spacing: 0
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            Text {
                objectName: "header.time"
                Layout.alignment: Qt.AlignRight
                text: header.timeText
                color: Theme.headerText
                font.pixelSize: Theme.px(44)
                font.bold: true
            }
            Text {
                objectName: "header.date"
                Layout.alignment: Qt.AlignRight
                text: header.dateText
                color: Theme.headerText
                font.pixelSize: Theme.px(24)
            }
        }

        RowLayout {
            Layout.columnSpan: Theme.portrait ? 3 : 2
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            spacing: Theme.smallGap
            KioskButton {
                objectName: "header.guide"
                visible: header.guideAvailable
                // On: green and filled, so staff and companions see the kiosk is speaking.
                kind: header.guideOn ? "good" : "header"
                selected: header.guideOn
                fontSize: Theme.px(30)
                glyph: "♪"
                //: Switches spoken guidance on or off (also the keypad's * key).
                text: header.guideOn ? qsTr("Suara aktif") : qsTr("Panduan suara")
                onClicked: header.guideToggled()
            }
            KioskButton {
                objectName: "header.textSize"
                visible: header.showTextSize
                kind: "header"
                fontSize: Theme.px(30)
                glyph: "A+"
                //: Switches the whole screen to larger letters.
                text: header.largeText ? qsTr("Teks normal") : qsTr("Teks besar")
                onClicked: header.textSizeToggled()
            }
            KioskButton {
                objectName: "header.language"
                kind: "header"
                fontSize: Theme.px(30)
                // Each language is named in its own words, so a visitor finds theirs.
                text: header.languageCode === "en" ? "Bahasa Indonesia" : "English"
                onClicked: header.languageToggled()
            }
        }
    }
}
