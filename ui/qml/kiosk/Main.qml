import QtQuick
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
    Binding { target: Theme; property: "largeText"; value: App.kiosk.largeText }
    Binding { target: Theme; property: "keyboard"; value: App.keyInput.keyboard }
    Binding { target: App.keyInput; property: "keypadNavigation"; value: App.staff.state === "closed" }

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
                const page = screenLoader.item as KioskPage  // the welcome screen has no back
                if (page && page.showBack)
                    page.backClicked()
            }
        }

        Header {
            id: header
            objectName: "header"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            hallName: App.kiosk.hallName
            officeName: App.kiosk.officeName
            dateText: App.clock ? (App.clock.dateText ?? "") : ""  // the clock may go first at shutdown
            timeText: App.clock ? (App.clock.timeText ?? "") : ""
            logo: App.kiosk.logo
            languageCode: App.language.code
            largeText: App.kiosk.largeText
            // Like the clock: a CI run once saw the guide read as a dead object while the
            // window was being closed (undefined -> bool); a closing window shows no button.
            guideAvailable: App.guide ? (App.guide.available ?? false) : false
            guideOn: App.guide ? (App.guide.on ?? false) : false
            onGuideToggled: App.guide.toggle()
            onLanguageToggled: App.language.toggle()
            onTextSizeToggled: App.kiosk.toggleLargeText()
            onSecretGesture: App.staff.open()
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
                var name = App.kiosk.screen
                var file = root.screenOverrides[name] || root.screens[name] || root.screens.welcome
                return Qt.resolvedUrl(file)
            }
            onStatusChanged: {
                if (status === Loader.Error) {
                    root.failedScreen = App.kiosk.screen
                    App.kiosk.screenFailed(App.kiosk.screen)
                } else if (status === Loader.Ready) {
                    root.failedScreen = ""
                }
            }
        }

        FallbackScreen {
            objectName: "fallback"
            anchors.fill: screenLoader
            visible: screenLoader.status === Loader.Error
            onLeave: App.kiosk.home()
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
            active: App.staff.state !== "closed"
            sourceComponent: StaffOverlay {
                gate: App.staff
                offerReload: true
                exitText: qsTr("Keluar dari aplikasi kios")
            }
        }
    }
}
