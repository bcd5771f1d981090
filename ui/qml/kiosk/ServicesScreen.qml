pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import common

// Choosing a service. A hall of several agencies shows them first, then the chosen agency's
// services; one office browses by sector. Typing searches every service at any point.
// Landscape puts the keyboard where the filters were, so the results stay in view as you type.
KioskPage {
    id: page
    title: App.finder.showAgencies ? qsTr("Pilih instansi tujuan Anda")
         : App.kiosk.mode === "lookup" ? qsTr("Cari persyaratan layanan") : qsTr("Pilih layanan yang Anda perlukan")
    subtitle: typing && !Theme.portrait ? ""
            : App.finder.showAgencies ? qsTr("Sentuh nama instansi, atau ketik nama layanan untuk mencari di semua instansi.")
            : qsTr("Sentuh nama layanan, atau ketik sebagian nama atau kode KBLI.")
    // Back from an agency's services goes to the agencies, not out of the hall.
    onBackClicked: App.finder.agencyName.length > 0 && App.finder.query.length === 0 ? App.finder.setFilter("") : App.kiosk.back()
    property bool typing: false
    // Keys start on the list, where the choice is made; letters typed anywhere search.
    initialFocus: App.finder.showAgencies ? agencyGrid : results
    Keys.onPressed: function (event) {
        const typed = Nav.typedText(event)
        if (typed.length > 0) {
            input.forceActiveFocus(Qt.OtherFocusReason)
            App.finder.setQuery(App.finder.query + typed)
            event.accepted = true
        }
    }
    // A visitor whose service is not listed, or who only has a question, still gets a number.
    actions: [
        ActionButton {
            objectName: "services.info"
            visible: App.finder.hasInfo && App.kiosk.mode !== "lookup"
            text: qsTr("Informasi / konsultasi")
            onClicked: App.kiosk.chooseService(0)
        }
    ]

    function startTyping() {
        typing = true
        input.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        // The search field: tapping it opens the keyboard; a hardware keyboard works too.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallGap
            Rectangle {
                objectName: "services.search"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                radius: Theme.radius
                color: Theme.surface
                border.color: input.activeFocus && Theme.keyboard ? Theme.focusOuter : page.typing ? Theme.primary : Theme.line
                border.width: input.activeFocus && Theme.keyboard ? Theme.focusRing : Theme.border
                Text {
                    id: lens
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.gap
                    anchors.verticalCenter: parent.verticalCenter
                    text: "⌕"
                    color: Theme.muted
                    font.pixelSize: Theme.heading
                }
                TextInput {
                    id: input
                    objectName: "services.input"
                    anchors.left: lens.right
                    anchors.leftMargin: Theme.smallGap
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.gap
                    anchors.verticalCenter: parent.verticalCenter
                    text: App.finder.query
                    color: Theme.text
                    font.pixelSize: Theme.large
                    clip: true
                    activeFocusOnTab: true
                    onTextEdited: App.finder.setQuery(text)
                    // Enter takes the keys to what was found.
                    Keys.onReturnPressed: results.forceActiveFocus(Qt.TabFocusReason)
                    Keys.onEnterPressed: results.forceActiveFocus(Qt.TabFocusReason)
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("Cari layanan: ketik nama layanan atau kode KBLI")
                }
                Text {
                    anchors.fill: input
                    verticalAlignment: Text.AlignVCenter
                    visible: input.text.length === 0
                    text: qsTr("Ketik nama layanan atau kode KBLI")
                    color: Theme.muted
                    font.pixelSize: Theme.body
                    elide: Text.ElideRight
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: page.startTyping()
                }
            }
            KioskButton {
                objectName: "services.clear"
                visible: App.finder.query.length > 0
                Layout.preferredHeight: Theme.touch
                fontSize: Theme.body
                text: qsTr("Hapus")
                onClicked: App.finder.setQuery("")
            }
            KioskButton {
                objectName: "services.keyboard"
                Layout.preferredHeight: Theme.touch
                fontSize: Theme.body
                kind: page.typing ? "primary" : "secondary"
                text: page.typing ? qsTr("Tutup keyboard") : qsTr("Ketik")
                onClicked: page.typing ? (page.typing = false) : page.startTyping()
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap

            // Sectors (and agencies, when the hall has several) as filters: a column beside the
            // list in landscape, two rows of chips above it in portrait (scrolling if more).
            Item {
                visible: (Theme.portrait || !page.typing) && !App.finder.agencyMode
                Layout.fillHeight: !Theme.portrait
                Layout.fillWidth: Theme.portrait
                Layout.preferredWidth: Theme.portrait ? -1 : Theme.px(560)
                Layout.preferredHeight: Theme.portrait ? Math.min(filterBox.implicitHeight, 2 * Theme.touch + Theme.smallGap + Theme.px(40)) : -1
                Flickable {
                    id: filterView
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    anchors.right: filterHint.left
                    anchors.rightMargin: Theme.smallGap
                    clip: true
                    contentWidth: width
                    contentHeight: filterBox.implicitHeight
                    boundsBehavior: Flickable.StopAtBounds
                    Flow {
                        id: filterBox
                        width: filterView.width
                        spacing: Theme.smallGap
                        KioskButton {
                            objectName: "filter.all"
                            width: Theme.portrait ? Math.min(implicitWidth, filterBox.width) : filterBox.width
                            fontSize: Theme.body
                            horizontalAlignment: Theme.portrait ? Text.AlignHCenter : Text.AlignLeft
                            text: qsTr("Semua layanan (%1)").arg(App.finder.total)
                            selected: App.finder.filterKey === ""
                            onClicked: App.finder.setFilter("")
                        }
                        Repeater {
                            model: App.finder.filters
                            KioskButton {
                                required property string key
                                required property string label
                                required property int count
                                objectName: "filter." + key
                                width: Theme.portrait ? Math.min(implicitWidth, filterBox.width) : filterBox.width
                                fontSize: Theme.body
                                horizontalAlignment: Theme.portrait ? Text.AlignHCenter : Text.AlignLeft
                                text: label + " (" + count + ")"
                                selected: App.finder.filterKey === key
                                onClicked: App.finder.setFilter(key)
                            }
                        }
                    }
                }
                ScrollHint {
                    id: filterHint
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    flickable: filterView
                }
            }

            OnScreenKeyboard {
                id: sideKeyboard
                objectName: "services.onScreenKeyboard"
                visible: page.typing && !Theme.portrait
                compact: true
                Layout.preferredWidth: Theme.px(1000)
                Layout.alignment: Qt.AlignTop
                onTyped: function (character) { App.finder.setQuery(App.finder.query + character) }
                onErased: App.finder.setQuery(App.finder.query.slice(0, -1))
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: App.finder.showAgencies
                GridView {
                    id: agencyGrid
                    objectName: "services.agencies"
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    anchors.right: agencyHint.left
                    anchors.rightMargin: Theme.smallGap
                    clip: true
                    // Long agency names stay within two lines: fewer columns with large text.
                    readonly property int columns: Theme.portrait ? 1 : Theme.largeText ? 2 : 3
                    cellWidth: width / columns
                    // Room for a two-line agency name and its count, at either text size.
                    cellHeight: Math.max(Theme.touch + Theme.px(44),
                                         Math.ceil(2.45 * Theme.body + 1.35 * Theme.small + 2 * Theme.smallGap))
                                + Theme.smallGap
                    model: App.finder.agencies
                    boundsBehavior: Flickable.StopAtBounds
                    cacheBuffer: 0
                    activeFocusOnTab: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Daftar instansi")
                    delegate: Item {
                        id: filterChip
                        required property string key
                        required property string label
                        required property int count
                        width: agencyGrid.cellWidth
                        height: agencyGrid.cellHeight
                        KioskButton {
                            objectName: "agency." + filterChip.label
                            focus: parent.GridView.isCurrentItem
                            activeFocusOnTab: false
                            anchors.fill: parent
                            anchors.rightMargin: Theme.smallGap
                            anchors.bottomMargin: Theme.smallGap
                            fontSize: Theme.body
                            horizontalAlignment: Text.AlignLeft
                            text: filterChip.label
                            subtext: qsTr("%n layanan", "", filterChip.count)
                            onClicked: App.finder.setFilter(filterChip.key)
                        }
                    }
                }
                ScrollHint {
                    id: agencyHint
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    flickable: agencyGrid
                }
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !App.finder.showAgencies
                KioskButton {
                    id: allAgencies
                    objectName: "services.allAgencies"
                    visible: App.finder.agencyName.length > 0
                    anchors.left: parent.left
                    anchors.top: parent.top
                    fontSize: Theme.body
                    glyph: "‹"
                    text: qsTr("Semua instansi")
                    onClicked: App.finder.setFilter("")
                }
                KioskText {
                    objectName: "services.agency"
                    visible: allAgencies.visible
                    anchors.left: allAgencies.right
                    anchors.leftMargin: Theme.gap
                    anchors.right: parent.right
                    anchors.verticalCenter: allAgencies.verticalCenter
                    text: App.finder.agencyName
                    font.bold: true
                    color: Theme.primary
                    elide: Text.ElideRight
                }
                ListView {
                    id: results
                    objectName: "services.results"
                    anchors.left: parent.left
                    anchors.top: allAgencies.visible ? allAgencies.bottom : parent.top
                    anchors.topMargin: allAgencies.visible ? Theme.smallGap : 0
                    anchors.bottom: parent.bottom
                    anchors.right: resultsHint.left
                    anchors.rightMargin: Theme.smallGap
                    clip: true
                    spacing: Theme.smallGap
                    model: App.finder.results
                    boundsBehavior: Flickable.StopAtBounds
                    // Delegates beyond the view would be built in the background, and leaving
                    // the screen while one is half-built makes Qt complain; build only what shows.
                    cacheBuffer: 0
                    activeFocusOnTab: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Daftar layanan")
                    delegate: KioskButton {
                        required property int number
                        required property string title
                        required property string kbli
                        required property string sector
                        required property bool isDemo
                        objectName: "service." + number
                        focus: ListView.isCurrentItem
                        activeFocusOnTab: false
                        width: ListView.view.width
                        fontSize: Theme.body
                        horizontalAlignment: Text.AlignLeft
                        text: title
                        subtext: [kbli.length > 0 ? qsTr("KBLI %1").arg(kbli) : "", sector,
                                  isDemo ? qsTr("contoh (bukan layanan sebenarnya)") : ""]
                                 .filter(function (part) { return part.length > 0 }).join("  •  ")
                        onClicked: App.kiosk.chooseService(number)
                    }
                }
                ScrollHint {
                    id: resultsHint
                    anchors.right: parent.right
                    anchors.top: results.top  // below the "all agencies" row, beside the list it scrolls
                    anchors.bottom: parent.bottom
                    flickable: results
                }
                KioskText {
                    objectName: "services.empty"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.margin
                    visible: results.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    text: App.finder.total === 0
                          ? qsTr("Belum ada layanan di kios ini. Silakan hubungi petugas informasi.")
                          : qsTr("Tidak ada layanan yang cocok. Coba kata lain, atau sentuh \"Hapus\".")
                }
            }

            OnScreenKeyboard {
                objectName: "services.onScreenKeyboard"
                visible: page.typing && Theme.portrait
                compact: true
                Layout.fillWidth: true
                onTyped: function (character) { App.finder.setQuery(App.finder.query + character) }
                onErased: App.finder.setQuery(App.finder.query.slice(0, -1))
            }
        }
    }
}
