import QtQuick
import QtQuick.Layouts
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
    Binding { target: Theme; property: "keyboard"; value: keyInput.keyboard }
    Binding { target: keyInput; property: "keypadNavigation"; value: staffGate.state === "closed" }

    KeyScope {
        id: keys
        objectName: "keys"
        anchors.fill: parent
        screen: screenLoader.status === Loader.Ready ? screenLoader.item : null
        overlay: staffOverlay.item ? staffOverlay.item : idleOverlay.visible ? idleOverlay : null
        onBack: {
            if (idleOverlay.visible)
                idle.poke()
            else if (screenLoader.item && screenLoader.item.goBack !== undefined)
                screenLoader.item.goBack()
        }

        Header {
            id: header
            objectName: "header"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            hallName: survey.hallName
            officeName: survey.officeName
            dateText: clock ? (clock.dateText ?? "") : ""  // the clock may go first at shutdown
            timeText: clock ? (clock.timeText ?? "") : ""
            languageCode: language.code
            showTextSize: false
            onLanguageToggled: language.toggle()
        }

        Loader {
            id: screenLoader
            focus: true
            objectName: "screenLoader"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: header.bottom
            anchors.bottom: parent.bottom
            source: Qt.resolvedUrl(root.screens[survey.screen] || root.screens.start)
        }

        FallbackScreen {
            objectName: "fallback"
            anchors.fill: screenLoader
            visible: screenLoader.status === Loader.Error
            onLeave: survey.home()
        }

        IdleOverlay {
            id: idleOverlay
            objectName: "idleOverlay"
            anchors.fill: parent
            visible: idle.warning
            remaining: idle.remaining
            onStay: idle.poke()
        }

        Loader {
            id: staffOverlay
            objectName: "staffOverlay"
            anchors.fill: parent
            active: staffGate.state !== "closed"
            sourceComponent: StaffOverlay {
                gate: staffGate
                exitText: qsTr("Keluar dari aplikasi survei")
            }
        }
    }
}
