import QtQuick
import common

// The survey terminal window: header, the current screen, and the idle countdown.
Window {
    id: root
    width: 1920
    height: 1080
    color: Theme.background
    title: qsTr("Survei Kepuasan Masyarakat")

    readonly property var screens: ({
        start: "StartScreen.qml",
        question: "QuestionScreen.qml",
        profile: "ProfileScreen.qml",
        suggestion: "SuggestionScreen.qml",
        thanks: "ThanksScreen.qml",
        refused: "MessageScreen.qml",
        error: "MessageScreen.qml"
    })

    Binding { target: Theme; property: "viewWidth"; value: root.width }
    Binding { target: Theme; property: "viewHeight"; value: root.height }
    Binding { target: Theme; property: "keyboard"; value: App.keyInput.keyboard }
    Binding { target: App.keyInput; property: "keypadNavigation"; value: App.staffGate.state === "closed" }

    KeyScope {
        id: keys
        objectName: "keys"
        anchors.fill: parent
        screen: screenLoader.status === Loader.Ready ? screenLoader.item as Item : null
        overlay: staffOverlay.item ? staffOverlay.item as Item : idleOverlay.visible ? idleOverlay : null
        onBack: {
            if (idleOverlay.visible)
                App.idle.poke()
            else {
                const page = screenLoader.item as SurveyPage  // start, message, thanks: no going back
                if (page)
                    page.goBack()
            }
        }

        Header {
            id: header
            objectName: "header"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            hallName: App.survey.hallName
            officeName: App.survey.officeName
            dateText: App.clock ? (App.clock.dateText ?? "") : ""  // the clock may go first at shutdown
            timeText: App.clock ? (App.clock.timeText ?? "") : ""
            languageCode: App.language.code
            showTextSize: false
            onLanguageToggled: App.language.toggle()
        }

        Loader {
            id: screenLoader
            focus: true
            objectName: "screenLoader"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: header.bottom
            anchors.bottom: parent.bottom
            source: Qt.resolvedUrl(root.screens[App.survey.screen] || root.screens.start)
        }

        FallbackScreen {
            objectName: "fallback"
            anchors.fill: screenLoader
            visible: screenLoader.status === Loader.Error
            onLeave: App.survey.home()
        }

        IdleOverlay {
            id: idleOverlay
            objectName: "idleOverlay"
            anchors.fill: parent
            visible: App.idle.warning
            remaining: App.idle.remaining
            onStay: App.idle.poke()
        }

        Loader {
            id: staffOverlay
            objectName: "staffOverlay"
            anchors.fill: parent
            active: App.staffGate.state !== "closed"
            sourceComponent: StaffOverlay {
                gate: App.staffGate
                exitText: qsTr("Keluar dari aplikasi survei")
            }
        }
    }
}
