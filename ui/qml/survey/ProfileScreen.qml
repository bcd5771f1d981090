pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import common

// Optional questions about the respondent; tap a choice again to take it back.
SurveyPage {
    id: page
    title: qsTr("Tentang Anda")
    subtitle: qsTr("Semua pertanyaan di bawah ini boleh dilewati. Jawaban Anda hanya dipakai untuk statistik.")

    leading: [
        KioskButton {
            objectName: "profile.previous"
            Layout.fillWidth: Theme.portrait
            glyph: "‹"
            text: qsTr("Sebelumnya")
            onClicked: App.survey.previous()
        }
    ]
    actions: [
        KioskButton {
            objectName: "profile.next"
            Layout.fillWidth: Theme.portrait
            kind: "primary"
            text: qsTr("Lanjut")
            glyph: "›"
            onClicked: App.survey.toSuggestion()
        }
    ]

    GridLayout {
        anchors.fill: parent
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.margin
        rowSpacing: Theme.gap
        Repeater {
            model: App.survey.profileFields
            ColumnLayout {
                id: field
                required property string key
                required property string name
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                spacing: Theme.smallGap
                KioskText {
                    Layout.fillWidth: true
                    text: field.name
                    font.bold: true
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.smallGap
                    Repeater {
                        model: App.survey.choicesFor(field.key)
                        KioskButton {
                            required property string code
                            required property string caption
                            required property bool chosen
                            objectName: "profile." + field.key + "." + code
                            navGroup: "profile." + field.key
                            context: field.name
                            fontSize: Theme.small
                            text: caption
                            selected: chosen
                            // Lower than other buttons (still over 15 mm) so all four fields fit.
                            height: Theme.px(92)
                            width: Math.min(implicitWidth, parent ? parent.width : implicitWidth)
                            onClicked: App.survey.choose(field.key, code)
                        }
                    }
                }
            }
        }
    }
}
