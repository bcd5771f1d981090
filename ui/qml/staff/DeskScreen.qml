pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// The signed-in desk: who and where at the top, the pages on the left, messages under the
// header. Every action has a function key, shown on its button.
Rectangle {
    id: screen
    objectName: "desk.screen"
    required property var desk
    required property var calling
    required property var files
    required property var complaints
    required property var overview
    required property var language
    required property var officers
    required property var layout
    required property var reports
    required property var calendar
    required property var terminals
    required property var audit
    required property var catalog
    color: StaffStyle.background

    readonly property bool active: desk.screen === "desk"
    readonly property var pages: desk.isSupervisor
        ? ["calling", "files", "complaints", "overview", "audit", "officers", "layout", "catalog", "reports", "calendar", "terminals"]
        : ["calling", "files", "complaints"]
    function pageTitle(p) {
        return p === "calling" ? qsTr("Panggilan") : p === "files" ? qsTr("Berkas")
             : p === "complaints" ? qsTr("Pengaduan") : p === "overview" ? qsTr("Ringkasan")
             : p === "officers" ? qsTr("Petugas") : p === "layout" ? qsTr("Tata loket")
             : p === "reports" ? qsTr("Laporan") : p === "calendar" ? qsTr("Kalender")
             : p === "terminals" ? qsTr("Terminal") : p === "catalog" ? qsTr("Katalog") : qsTr("Audit")
    }
    function pageKey(p) {
        return p === "calling" ? "Ctrl+1" : p === "files" ? "Ctrl+2" : p === "complaints" ? "Ctrl+3"
             : p === "overview" ? "Ctrl+4" : p === "audit" ? "Ctrl+5" : p === "officers" ? "Ctrl+6"
             : p === "layout" ? "Ctrl+7" : p === "reports" ? "Ctrl+8"
             : p === "calendar" ? "Ctrl+9" : p === "terminals" ? "Ctrl+0" : "Ctrl+K"
    }

    Shortcut { sequence: "F2"; enabled: screen.active; onActivated: screen.calling.callNext() }
    Shortcut { sequence: "F3"; enabled: screen.active; onActivated: screen.calling.recall() }
    Shortcut { sequence: "F4"; enabled: screen.active; onActivated: screen.calling.serve() }
    Shortcut { sequence: "F5"; enabled: screen.active; onActivated: screen.calling.skip() }
    Shortcut { sequence: "F6"; enabled: screen.active; onActivated: screen.calling.hold() }
    Shortcut { sequence: "F7"; enabled: screen.active; onActivated: calling.openTransfer() }
    Shortcut { sequence: "F8"; enabled: screen.active; onActivated: screen.calling.complete() }
    Shortcut { sequence: "F9"; enabled: screen.active; onActivated: screen.desk.showPage("files") }
    Shortcut { sequence: "F10"; enabled: screen.active; onActivated: screen.desk.showPage("complaints") }
    Shortcut { sequence: "F12"; enabled: screen.active; onActivated: { screen.desk.showPage("calling"); calling.focusScan() } }
    Shortcut { sequence: "Ctrl+L"; enabled: screen.active; onActivated: screen.desk.lock() }
    Shortcut { sequence: "Ctrl+Q"; enabled: screen.active; onActivated: screen.desk.signOut() }
    Shortcut { sequence: "Ctrl+1"; enabled: screen.active; onActivated: screen.desk.showPage("calling") }
    Shortcut { sequence: "Ctrl+2"; enabled: screen.active; onActivated: screen.desk.showPage("files") }
    Shortcut { sequence: "Ctrl+3"; enabled: screen.active; onActivated: screen.desk.showPage("complaints") }
    Shortcut { sequence: "Ctrl+4"; enabled: screen.active; onActivated: screen.desk.showPage("overview") }
    Shortcut { sequence: "Ctrl+5"; enabled: screen.active; onActivated: screen.desk.showPage("audit") }
    Shortcut { sequence: "Ctrl+6"; enabled: screen.active; onActivated: screen.desk.showPage("officers") }
    Shortcut { sequence: "Ctrl+7"; enabled: screen.active; onActivated: screen.desk.showPage("layout") }
    Shortcut { sequence: "Ctrl+8"; enabled: screen.active; onActivated: screen.desk.showPage("reports") }
    Shortcut { sequence: "Ctrl+9"; enabled: screen.active; onActivated: screen.desk.showPage("calendar") }
    Shortcut { sequence: "Ctrl+0"; enabled: screen.active; onActivated: screen.desk.showPage("terminals") }
    Shortcut { sequence: "Ctrl+K"; enabled: screen.active; onActivated: screen.desk.showPage("catalog") }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            color: StaffStyle.header
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 24
                anchors.rightMargin: 16
                spacing: 16
                Text {
                    objectName: "desk.counter"
                    text: screen.desk.counterName
                    color: StaffStyle.headerText
                    font.pixelSize: StaffStyle.heading
                    font.bold: true
                }
                Text {
                    objectName: "desk.officer"
                    Layout.fillWidth: true
                    text: screen.desk.officerName + "  (" + screen.desk.officerCode + ")"
                    color: StaffStyle.headerText
                    font.pixelSize: StaffStyle.large
                    elide: Text.ElideRight
                }
                Button {
                    objectName: "desk.language"
                    text: screen.language.code === "id" ? "English" : "Bahasa Indonesia"
                    font.pixelSize: StaffStyle.body
                    focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                    onClicked: screen.language.toggle()
                }
                Button {
                    objectName: "desk.lock"
                    text: qsTr("Kunci (Ctrl+L)")
                    font.pixelSize: StaffStyle.body
                    focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                    onClicked: screen.desk.lock()
                }
                Button {
                    objectName: "desk.signOut"
                    text: qsTr("Keluar (Ctrl+Q)")
                    font.pixelSize: StaffStyle.body
                    focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                    onClicked: screen.desk.signOut()
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Rectangle {
                Layout.preferredWidth: 190
                Layout.fillHeight: true
                color: StaffStyle.surface
                border.color: StaffStyle.line
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 10
                    spacing: 3
                    Repeater {
                        model: screen.pages
                        delegate: Button {
                            id: pageTab
                            required property string modelData
                            objectName: "nav." + modelData
                            Layout.fillWidth: true
                            Layout.preferredHeight: 42
                            focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                            onClicked: screen.desk.showPage(modelData)
                            // Title and its key on one line: twelve pages fit a 768-pixel screen.
                            contentItem: RowLayout {
                                spacing: 4
                                Text {
                                    Layout.fillWidth: true
                                    text: screen.pageTitle(pageTab.modelData)
                                    font.pixelSize: StaffStyle.body + 1
                                    font.bold: screen.desk.page === pageTab.modelData
                                    color: StaffStyle.text
                                    elide: Text.ElideRight
                                }
                                Text {
                                    text: screen.pageKey(pageTab.modelData)
                                    font.pixelSize: 12
                                    color: StaffStyle.muted
                                }
                            }
                            background: Rectangle {
                                radius: StaffStyle.radius
                                color: screen.desk.page === pageTab.modelData ? StaffStyle.selected : "transparent"
                            }
                        }
                    }
                    Item { Layout.fillHeight: true }
                    Text {
                        Layout.fillWidth: true
                        text: screen.desk.terminalName
                        font.pixelSize: StaffStyle.small
                        color: StaffStyle.muted
                        elide: Text.ElideRight
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: 16
                spacing: 12

                Rectangle {
                    objectName: "desk.messagePanel"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(40, messageText.implicitHeight + 16)
                    radius: StaffStyle.radius
                    visible: screen.desk.message.length > 0
                    color: screen.desk.messageKind === "error" ? StaffStyle.badSoft
                         : screen.desk.messageKind === "ok" ? StaffStyle.goodSoft : StaffStyle.infoSoft
                    Text {
                        id: messageText
                        objectName: "desk.message"
                        anchors.fill: parent
                        anchors.margins: 8
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.WordWrap
                        text: screen.desk.message
                        font.pixelSize: StaffStyle.body
                        color: screen.desk.messageKind === "error" ? StaffStyle.bad
                             : screen.desk.messageKind === "ok" ? StaffStyle.good : StaffStyle.text
                    }
                }

                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: ["calling", "files", "complaints", "overview", "audit", "officers", "layout", "reports", "calendar", "terminals", "catalog"].indexOf(screen.desk.page)
                    CallingPage { id: calling; calling: screen.calling }
                    FilesPage { files: screen.files; calling: screen.calling }
                    ComplaintsPage { complaints: screen.complaints }
                    OverviewPage { overview: screen.overview }
                    AuditPage { audit: screen.audit }
                    OfficersPage { officers: screen.officers }
                    LayoutPage { layout: screen.layout }
                    ReportsPage { reports: screen.reports }
                    CalendarPage { calendar: screen.calendar }
                    TerminalsPage { terminals: screen.terminals }
                    CatalogPage { catalog: screen.catalog }
                }
            }
        }
    }
}
