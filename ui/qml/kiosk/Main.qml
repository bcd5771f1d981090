import QtQuick
import QtQuick.Layouts
import common

// The kiosk window: header, the current screen, and the overlays (idle countdown, staff menu).
Window {
    id: root
    width: 1920
    height: 1080
    color: Theme.background
    title: qsTr("Kios Antrean MPP")

    readonly property var screens: ({
        welcome: "WelcomeScreen.qml",
        services: "ServicesScreen.qml",
        standard: "StandardScreen.qml",
        more: "MoreScreen.qml",
        checklist: "ChecklistScreen.qml",
        result: "ResultScreen.qml",
        priority: "PriorityScreen.qml",
        issuing: "IssuingScreen.qml",
        ticket: "TicketScreen.qml",
        printProblem: "PrintProblemScreen.qml",
        closed: "ClosedScreen.qml",
        error: "ErrorScreen.qml"
    })
    // Tests and the screenshot tool point this at a broken file to prove the fallback works.
    property var screenOverrides: ({})
    property string failedScreen: ""

    Binding { target: Theme; property: "viewWidth"; value: root.width }
    Binding { target: Theme; property: "viewHeight"; value: root.height }
    Binding { target: Theme; property: "largeText"; value: kiosk.largeText }
    Binding { target: Theme; property: "keyboard"; value: keyInput.keyboard }
    Binding { target: keyInput; property: "keypadNavigation"; value: staff.state === "closed" }

    KeyScope {
        id: keys
        objectName: "keys"
        anchors.fill: parent
        screen: screenLoader.status === Loader.Ready ? screenLoader.item : null
        overlay: staffOverlay.item ? staffOverlay.item : idleOverlay.visible ? idleOverlay : null
        onBack: {
            if (idleOverlay.visible)
                idle.poke()
            else if (screenLoader.item && screenLoader.item.showBack === true)
                screenLoader.item.backClicked()
        }

        Header {
            id: header
            objectName: "header"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            hallName: kiosk.hallName
            officeName: kiosk.officeName
            dateText: clock ? (clock.dateText ?? "") : ""  // the clock may go first at shutdown
            timeText: clock ? (clock.timeText ?? "") : ""
            logo: kiosk.logo
            languageCode: language.code
            largeText: kiosk.largeText
            guideAvailable: guide.available
            guideOn: guide.on
            onGuideToggled: guide.toggle()
            onLanguageToggled: language.toggle()
            onTextSizeToggled: kiosk.toggleLargeText()
            onSecretGesture: staff.open()
        }

        Loader {
            id: screenLoader
        focus: true
            objectName: "screenLoader"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: header.bottom
            anchors.bottom: parent.bottom
            source: {
                var name = kiosk.screen
                var file = root.screenOverrides[name] || root.screens[name] || root.screens.welcome
                return Qt.resolvedUrl(file)
            }
            onStatusChanged: {
                if (status === Loader.Error) {
                    root.failedScreen = kiosk.screen
                    kiosk.screenFailed(kiosk.screen)
                } else if (status === Loader.Ready) {
                    root.failedScreen = ""
                }
            }
        }

        FallbackScreen {
            objectName: "fallback"
            anchors.fill: screenLoader
            visible: screenLoader.status === Loader.Error
            onLeave: kiosk.home()
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
            active: staff.state !== "closed"
            sourceComponent: StaffOverlay {
                gate: staff
                offerReload: true
                exitText: qsTr("Keluar dari aplikasi kios")
            }
        }
    }
}
