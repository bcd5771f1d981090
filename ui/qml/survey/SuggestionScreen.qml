import QtQuick
import QtQuick.Layouts
import common

// A free-text suggestion typed on the touch keyboard; it may stay empty.
SurveyPage {
    id: page
    title: qsTr("Saran dan masukan")
    subtitle: qsTr("Tuliskan saran Anda untuk perbaikan pelayanan, atau langsung kirim penilaian Anda.")
    // A keyboard types here as the touch keyboard does (Space presses a focused button instead).
    initialFocus: panel
    Keys.onPressed: function (event) {
        var printable = event.text.length === 1 && event.text.charCodeAt(0) >= 32 && event.text.charCodeAt(0) !== 127
        if (event.key === Qt.Key_Backspace) {
            App.survey.eraseSuggestion()
            event.accepted = true
        } else if (printable && (event.modifiers & ~Qt.ShiftModifier) === 0) {
            App.survey.typeSuggestion(event.text)
            event.accepted = true
        }
    }

    leading: [
        KioskButton {
            objectName: "suggestion.previous"
            Layout.fillWidth: Theme.portrait
            glyph: "‹"
            text: qsTr("Sebelumnya")
            onClicked: App.survey.previous()
        }
    ]
    actions: [
        KioskButton {
            objectName: "suggestion.send"
            Layout.fillWidth: Theme.portrait
            kind: "primary"
            text: qsTr("Kirim penilaian")
            enabled: !App.survey.working
            onClicked: App.survey.send()
        }
    ]

    GridLayout {
        anchors.fill: parent
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.smallGap
            Rectangle {
                id: panel
                objectName: "suggestion.panel"
                activeFocusOnTab: true
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Saran Anda")
                Accessible.description: App.survey.suggestion
                FocusFrame { target: panel }
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.primary
                border.width: Theme.border
                clip: true
                KioskText {
                    objectName: "suggestion.text"
                    x: Theme.gap
                    width: parent.width - 2 * Theme.gap
                    // From the top; once the text outgrows the box it moves up, so the newest
                    // words stay in view.
                    y: Math.min(Theme.gap, parent.height - Theme.gap - implicitHeight)
                    height: implicitHeight
                    text: App.survey.suggestion.length > 0 ? App.survey.suggestion + "|" : qsTr("Ketuk huruf pada papan ketik untuk menulis.")
                    color: App.survey.suggestion.length > 0 ? Theme.text : Theme.muted
                    font.pixelSize: Theme.large
                }
            }
            KioskText {
                objectName: "suggestion.count"
                Layout.alignment: Qt.AlignRight
                text: qsTr("%1 dari %2 huruf").arg(App.survey.suggestion.length).arg(App.survey.suggestionLimit)
                color: Theme.muted
                font.pixelSize: Theme.small
            }
        }
        OnScreenKeyboard {
            objectName: "suggestion.keyboard"
            Layout.fillWidth: Theme.portrait
            Layout.preferredWidth: Theme.portrait ? -1 : Theme.px(1020)
            Layout.alignment: Qt.AlignTop
            onTyped: function (character) {
                App.survey.typeSuggestion(character);
            }
            onErased: App.survey.eraseSuggestion()
            onCleared: App.survey.clearSuggestion()
        }
    }
}
