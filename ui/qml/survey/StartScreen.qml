import QtQuick
import QtQuick.Layouts
import common

// First screen: scan the ticket's QR code (a scanner types it, then Enter) or type its code.
Item {
    id: start
    // The hidden scanner field keeps the keys unless someone moves them; anything typed while a
    // button has them still goes to it, so a scan always arrives whole.
    readonly property Item initialFocus: scanner
    Keys.onPressed: function (event) {
        const typed = Nav.typedText(event)
        if (typed.length > 0) {
            scanner.forceActiveFocus(Qt.OtherFocusReason)
            scanner.insert(scanner.cursorPosition, typed)
            event.accepted = true
        }
    }

    // A barcode scanner is a keyboard: it types the token and presses Enter into this field.
    TextInput {
        id: scanner
        objectName: "start.scanner"
        width: 1
        height: 1
        opacity: 0
        focus: true
        activeFocusOnTab: false
        onAccepted: {
            var token = text;
            text = "";
            if (token.length > 0)
                App.survey.scan(token);
        }
        Component.onCompleted: forceActiveFocus()
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.margin
        rowSpacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: !Theme.portrait
            spacing: Theme.gap
            KioskText {
                objectName: "start.title"
                Layout.fillWidth: true
                text: qsTr("Survei Kepuasan Masyarakat")
                font.pixelSize: Theme.heading
                font.bold: true
            }
            KioskText {
                Layout.fillWidth: true
                text: qsTr("Bagaimana pelayanan yang Anda terima hari ini? Penilaian Anda membantu kami menjadi lebih baik.")
                color: Theme.muted
            }
            Card {
                objectName: "start.scanPanel"
                Layout.fillWidth: true
                Layout.fillHeight: !Theme.portrait
                implicitHeight: scanBox.implicitHeight + 2 * Theme.gap
                ColumnLayout {
                    id: scanBox
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap
                    Item {
                        Layout.fillHeight: true
                    }
                    Grid {
                        id: qr
                        Layout.alignment: Qt.AlignHCenter
                        columns: 7
                        // A finder-pattern sketch of a QR code, to show what to hold up.
                        readonly property var cells: [1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1, 1, 1]
                        Repeater {
                            model: qr.cells
                            Rectangle {
                                required property int modelData
                                width: Theme.px(20)
                                height: Theme.px(20)
                                color: modelData ? Theme.header : "transparent"
                            }
                        }
                    }
                    KioskText {
                        objectName: "start.scanHint"
                        Layout.fillWidth: true
                        text: qsTr("Silakan pindai kode QR pada tiket antrean Anda di pemindai di bawah layar.")
                        font.pixelSize: Theme.body
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                    }
                    KioskText {
                        Layout.fillWidth: true
                        objectName: "start.rules"
                        text: App.survey.rulesText
                        color: Theme.muted
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                }
            }
            KioskButton {
                objectName: "start.anonymous"
                Layout.fillWidth: true
                visible: App.survey.anonymousAllowed
                text: qsTr("Isi survei tanpa tiket")
                onClicked: App.survey.startAnonymous()
            }
        }

        Card {
            objectName: "start.typePanel"
            Layout.fillWidth: Theme.portrait
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.portrait ? -1 : Theme.px(1040)
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.portrait ? Theme.smallGap : Theme.gap
                spacing: Theme.gap
                KioskText {
                    Layout.fillWidth: true
                    text: qsTr("Atau ketik kode survei di bawah kode QR tiket Anda, misalnya A-012-KMPTX:")
                    font.bold: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touch, codeText.implicitHeight + 2 * Theme.smallGap)
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.primary
                        border.width: Theme.border
                        Text {
                            id: codeText
                            objectName: "start.code"
                            anchors.fill: parent
                            anchors.margins: Theme.smallGap
                            text: App.survey.code.length > 0 ? App.survey.code : "—"
                            color: App.survey.code.length > 0 ? Theme.text : Theme.muted
                            font.pixelSize: Theme.heading
                            font.bold: true
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideLeft
                        }
                    }
                    KioskButton {
                        objectName: "start.begin"
                        kind: "primary"
                        enabled: App.survey.code.length > 0
                        text: qsTr("Mulai survei")
                        onClicked: App.survey.submitCode()
                    }
                }
                OnScreenKeyboard {
                    objectName: "start.keyboard"
                    Layout.fillWidth: true
                    onTyped: function (character) {
                        App.survey.typeCode(character);
                    }
                    onErased: App.survey.erase()
                    onCleared: App.survey.clearCode()
                    onHideRequested: App.survey.clearCode()
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }
    }
}
