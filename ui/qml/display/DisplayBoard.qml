pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The queue display on the hall's TV (designed at 1920x1080, scaled to the screen). No input.
// The number being called and its counter fill the left half so they read from 10 m away;
// the last calls, the people waiting per queue, the date and clock and a running text sit around it.
// Labels are Indonesian with English beneath, because everyone in the hall reads the same screen.
Rectangle {
    id: root
    objectName: "display.root"
    required property var board
    required property var clock

    readonly property real u: Math.min(width / 1920, height / 1080)
    function px(v) { return Math.round(v * u) }

    readonly property color ink: "#FFFFFF"
    readonly property color soft: "#C9D6E3"
    readonly property color accent: "#FFD54F"
    readonly property color panel: "#0E3F70"
    readonly property color deep: "#06233F"

    color: "#0A3158"

    // -- header: office, date, clock ------------------------------------------------------------
    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: root.px(120)
        color: root.deep
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: root.px(48)
            anchors.rightMargin: root.px(48)
            spacing: root.px(32)
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    objectName: "display.hall"
                    Layout.fillWidth: true
                    text: root.board.hallName
                    color: root.ink
                    font.pixelSize: root.px(40)
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: root.board.officeName
                    color: root.soft
                    font.pixelSize: root.px(28)
                    elide: Text.ElideRight
                }
            }
            Text {
                objectName: "display.date"
                text: root.clock ? (root.clock.dateText ?? "") : ""
                color: root.soft
                font.pixelSize: root.px(34)
            }
            Text {
                objectName: "display.time"
                text: root.clock ? (root.clock.timeText ?? "") : ""
                color: root.ink
                font.pixelSize: root.px(72)
                font.bold: true
            }
        }
    }

    // -- the call now ---------------------------------------------------------------------------
    Rectangle {
        id: callPanel
        objectName: "display.callPanel"
        anchors { left: parent.left; top: header.bottom; bottom: servingStrip.top }
        anchors.margins: root.px(32)
        width: root.px(1130)
        radius: root.px(28)
        color: root.panel

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: root.px(40)
            spacing: root.px(6)
            visible: root.board.currentCode.length > 0
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: root.board.currentIsRecall ? "PANGGILAN ULANG" : "NOMOR ANTREAN"
                color: root.soft
                font.pixelSize: root.px(52)
                font.bold: true
                font.letterSpacing: root.px(4)
            }
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: root.board.currentIsRecall ? "Repeated call" : "Queue number"
                color: root.soft
                font.pixelSize: root.px(32)
            }
            Text {
                id: bigCode
                objectName: "display.currentCode"
                Layout.alignment: Qt.AlignHCenter
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: root.board.currentCode
                color: root.accent
                font.pixelSize: root.px(270)
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: root.px(120)
            }
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: "Silakan menuju · Please go to"
                color: root.soft
                font.pixelSize: root.px(40)
            }
            Text {
                objectName: "display.currentCounter"
                Layout.alignment: Qt.AlignHCenter
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: root.board.currentCounter.toUpperCase()
                color: root.ink
                font.pixelSize: root.px(130)
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: root.px(60)
            }
        }
        ColumnLayout {
            anchors.centerIn: parent
            width: parent.width - root.px(80)
            visible: root.board.currentCode.length === 0
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: "Silakan menunggu nomor Anda dipanggil"
                color: root.ink
                font.pixelSize: root.px(64)
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: "Please wait until your number is called"
                color: root.soft
                font.pixelSize: root.px(40)
            }
        }
        SequentialAnimation {
            id: flash
            loops: 3
            ColorAnimation { target: callPanel; property: "color"; to: "#1C6BB5"; duration: 250 }
            ColorAnimation { target: callPanel; property: "color"; to: root.panel; duration: 250 }
        }
        Connections {
            target: root.board
            function onCallArrived() { flash.restart() }
        }
    }

    // -- last calls and waiting per queue -------------------------------------------------------
    ColumnLayout {
        anchors { left: callPanel.right; right: parent.right; top: header.bottom; bottom: servingStrip.top }
        anchors.margins: root.px(32)
        spacing: root.px(24)

        Rectangle {
            objectName: "display.recentPanel"
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: root.px(28)
            color: root.panel
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: root.px(28)
                spacing: root.px(8)
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: "Panggilan terakhir"
                        color: root.ink
                        font.pixelSize: root.px(40)
                        font.bold: true
                    }
                    Text {
                        text: "Last calls"
                        color: root.soft
                        font.pixelSize: root.px(28)
                    }
                }
                Text {
                    objectName: "display.noCalls"
                    Layout.fillWidth: true
                    visible: root.board.recentCalls.count === 0
                    wrapMode: Text.WordWrap
                    text: "Belum ada panggilan lain hari ini\nNo other calls yet today"
                    color: root.soft
                    font.pixelSize: root.px(32)
                }
                Item {
                    id: recentArea
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    readonly property real rowHeight: root.px(96)
                    // As many rows as fit: never spill out of the panel, whatever the screen.
                    readonly property int rows: Math.max(1, Math.floor(height / rowHeight))
                    Column {
                        anchors.fill: parent
                        Repeater {
                            model: root.board.recentCalls
                            delegate: RowLayout {
                                id: recentCall
                                required property string code
                                required property string counter
                                required property int index
                                objectName: "display.recent." + index
                                visible: index < recentArea.rows
                                width: recentArea.width
                                height: recentArea.rowHeight
                                Text {
                                    Layout.preferredWidth: root.px(300)
                                    text: recentCall.code
                                    color: root.accent
                                    font.pixelSize: root.px(80)
                                    font.bold: true
                                }
                                Text {
                                    Layout.fillWidth: true
                                    horizontalAlignment: Text.AlignRight
                                    text: recentCall.counter
                                    color: root.ink
                                    font.pixelSize: root.px(64)
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }
            }
        }

        Rectangle {
            objectName: "display.waitingPanel"
            Layout.fillWidth: true
            Layout.preferredHeight: root.px(110) + Math.min(4, root.board.waitingLines.count) * root.px(62)
            radius: root.px(28)
            color: root.deep
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: root.px(24)
                spacing: root.px(4)
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: "Menunggu"
                        color: root.ink
                        font.pixelSize: root.px(36)
                        font.bold: true
                    }
                    Text {
                        text: "Waiting"
                        color: root.soft
                        font.pixelSize: root.px(26)
                    }
                }
                Repeater {
                    model: root.board.waitingLines
                    delegate: RowLayout {
                        id: waitingLine
                        required property string letter
                        required property string name
                        required property int waiting
                        required property int index
                        objectName: "display.waiting." + letter
                        visible: index < 4
                        Layout.fillWidth: true
                        Text {
                            Layout.preferredWidth: root.px(60)
                            text: waitingLine.letter
                            color: root.accent
                            font.pixelSize: root.px(44)
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            text: waitingLine.name
                            color: root.soft
                            font.pixelSize: root.px(34)
                            elide: Text.ElideRight
                        }
                        Text {
                            text: waitingLine.waiting + " orang"
                            color: root.ink
                            font.pixelSize: root.px(44)
                            font.bold: true
                        }
                    }
                }
            }
        }
    }

    // -- now serving: each counter and the ticket at it, so nobody wonders whether they missed it --
    Rectangle {
        id: servingStrip
        objectName: "display.serving"
        anchors { left: parent.left; right: parent.right; bottom: ticker.top }
        height: root.board.servingCounters.count > 0 ? root.px(88) : 0
        visible: height > 0
        color: root.deep
        clip: true
        Row {
            anchors.verticalCenter: parent.verticalCenter
            x: root.px(32)
            spacing: root.px(36)
            Column {
                anchors.verticalCenter: parent.verticalCenter
                Text { text: "Sedang dilayani"; color: root.ink; font.pixelSize: root.px(30); font.bold: true }
                Text { text: "Now serving"; color: root.soft; font.pixelSize: root.px(24) }
            }
            Repeater {
                model: root.board.servingCounters
                delegate: Row {
                    id: nowServing
                    required property string counter
                    required property string code
                    objectName: "display.serving." + code
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: root.px(14)
                    Text { text: nowServing.counter; color: root.soft; font.pixelSize: root.px(40); anchors.baseline: servingCode.baseline }
                    Text { id: servingCode; text: nowServing.code; color: root.accent; font.pixelSize: root.px(52); font.bold: true }
                }
            }
        }
    }

    // -- running text -----------------------------------------------------------------------------
    Rectangle {
        id: ticker
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: root.px(84)
        color: root.deep
        clip: true
        Text {
            id: tickerText
            objectName: "display.runningText"
            anchors.verticalCenter: parent.verticalCenter
            text: root.board.runningText
            color: root.ink
            font.pixelSize: root.px(40)
            x: root.px(48)
            // Long texts scroll: the first pass starts at the margin so the motto reads at once.
            SequentialAnimation on x {
                running: tickerText.implicitWidth > ticker.width - root.px(96)
                NumberAnimation {
                    from: root.px(48)
                    to: -tickerText.implicitWidth
                    duration: (tickerText.implicitWidth + root.px(48)) * 9 / Math.max(root.u, 0.1)
                }
                SequentialAnimation {
                    loops: Animation.Infinite
                    NumberAnimation {
                        from: ticker.width
                        to: -tickerText.implicitWidth
                        duration: (ticker.width + tickerText.implicitWidth) * 9 / Math.max(root.u, 0.1)
                    }
                }
            }
        }
    }

    // -- lost connection: takes the running text's place, so no call on screen is covered --------
    Rectangle {
        objectName: "display.offline"
        visible: root.board.started && !root.board.connected
        anchors.fill: ticker
        color: "#9E1B1B"
        Text {
            anchors.centerIn: parent
            width: parent.width - root.px(96)
            horizontalAlignment: Text.AlignHCenter
            text: "Menyambung ulang ke server antrean… · Reconnecting to the queue server…"
            color: "#FFFFFF"
            font.pixelSize: root.px(36)
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: root.px(20)
        }
    }
}
