import QtQuick
import QtQuick.Layouts
import common

// One element of the nine: the regulation's question and four answers, each a face and words.
SurveyPage {
    id: page

    leading: [
        KioskButton {
            objectName: "question.previous"
            Layout.fillWidth: Theme.portrait
            glyph: "‹"
            text: App.survey.questionIndex === 0 ? qsTr("Batal") : qsTr("Sebelumnya")
            onClicked: App.survey.previous()
        }
    ]
    actions: [
        KioskButton {
            objectName: "question.skip"
            Layout.fillWidth: Theme.portrait
            text: qsTr("Lewati, saya tidak punya pendapat")
            onClicked: App.survey.skip()
        }
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        KioskText {
            objectName: "question.ticket"
            Layout.fillWidth: true
            text: App.survey.anonymous ? qsTr("Survei tanpa tiket")
                                   : qsTr("Tiket %1 · %2").arg(App.survey.ticketCode).arg(App.survey.serviceTitle)
            color: Theme.muted
            font.pixelSize: Theme.small
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallGap
            KioskText {
                objectName: "question.progress"
                Layout.alignment: Qt.AlignTop
                text: qsTr("Pertanyaan %1 dari %2").arg(App.survey.questionIndex + 1).arg(App.survey.questionCount)
                color: Theme.muted
                font.bold: true
            }
            KioskText {
                objectName: "question.element"
                Layout.fillWidth: true
                text: "· " + App.survey.elementName
                color: Theme.primary
                font.bold: true
            }
        }
        RowLayout {
            objectName: "question.steps"
            Layout.fillWidth: true
            spacing: Theme.smallGap
            Repeater {
                model: App.survey.questionCount
                Rectangle {
                    required property int index
                    Layout.fillWidth: true
                    implicitHeight: Theme.px(14)
                    radius: height / 2
                    color: index <= App.survey.questionIndex ? Theme.primary : Theme.line
                    opacity: index <= App.survey.questionIndex ? 1 : 0.35
                }
            }
        }

        KioskText {
            objectName: "question.text"
            Layout.fillWidth: true
            text: App.survey.questionText
            font.pixelSize: Theme.heading
            font.bold: true
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: Theme.portrait ? 2 : 4
            rowSpacing: Theme.gap
            columnSpacing: Theme.gap
            Repeater {
                model: App.survey.answers
                Rectangle {
                    id: choice
                    required property int score
                    required property string caption
                    readonly property bool chosen: App.survey.selectedScore === score
                    // Keys: one group of four options; 4/6 (Left/Right) move between them.
                    readonly property string navGroup: "answers"
                    readonly property bool selected: chosen
                    readonly property string spokenName: App.survey.questionText + ": " + caption
                    activeFocusOnTab: true
                    Keys.onReturnPressed: App.survey.answer(choice.score)
                    Keys.onEnterPressed: App.survey.answer(choice.score)
                    Keys.onSpacePressed: App.survey.answer(choice.score)
                    objectName: "question.answer" + score
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 1
                    radius: Theme.radius
                    color: chosen ? Theme.infoSoft : (area.pressed ? Theme.infoSoft : Theme.surface)
                    border.color: chosen ? Theme.primary : Theme.line
                    border.width: chosen ? Theme.border * 2 : Theme.border
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: spokenName
                    Accessible.checkable: true
                    Accessible.checked: chosen
                    Accessible.focusable: true
                    Accessible.onPressAction: App.survey.answer(choice.score)
                    FocusFrame { target: choice }
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        spacing: Theme.smallGap
                        Item { Layout.fillHeight: true }
                        Face {
                            // As large as the card allows with room for two lines of words, and the
                            // same in all four cards.
                            readonly property real room: choice.height - 2.6 * Theme.large - 3 * Theme.gap
                            Layout.alignment: Qt.AlignHCenter
                            Layout.preferredWidth: Math.max(Theme.px(60), Math.min(Theme.px(230), room,
                                                                                   choice.width - 2 * Theme.gap))
                            Layout.preferredHeight: Layout.preferredWidth
                            score: choice.score
                        }
                        KioskText {
                            id: answerText
                            objectName: "question.label" + choice.score
                            Layout.fillWidth: true
                            text: choice.caption
                            font.pixelSize: Theme.large
                            font.bold: true
                            horizontalAlignment: Text.AlignHCenter
                        }
                        Item { Layout.fillHeight: true }
                    }
                    MouseArea {
                        id: area
                        anchors.fill: parent
                        onClicked: App.survey.answer(choice.score)
                    }
                }
            }
        }
    }
}
