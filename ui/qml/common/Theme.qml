pragma Singleton
import QtQuick

// Sizes follow the screen: one unit is one pixel on a 1920x1080 (landscape) or 1080x1920
// (portrait) panel, so touch targets stay >= 15 mm on a 21.5" kiosk. A panel of another shape
// draws the same layout at the size that fits both ways: a 5:4 kiosk monitor (1280x1024) gets
// the 16:9 layout at its width, with room to spare below, where sizing by its height left every
// screen 1,350 units wide for a layout of 1,920 (touch targets 67 px there: 18 mm on a 17" panel).
// Colours are chosen for a contrast of at least 7:1 (WCAG AAA) between text and its background.
QtObject {
    property real viewWidth: 1920
    property real viewHeight: 1080
    property bool largeText: false
    // True while the applicant moves with keys: the focus ring is drawn then.
    property bool keyboard: false

    readonly property bool portrait: viewHeight > viewWidth
    readonly property real unit: Math.max(0.5, portrait ? Math.min(viewWidth / 1080, viewHeight / 1920)
                                                        : Math.min(viewWidth / 1920, viewHeight / 1080))
    readonly property real textScale: largeText ? 1.3 : 1.0

    function px(value) { return Math.round(value * unit) }
    function tx(value) { return Math.round(value * unit * textScale) }

    readonly property int touch: px(100)
    readonly property int gap: px(24)
    readonly property int smallGap: px(12)
    readonly property int margin: px(portrait ? 32 : 48)
    readonly property int radius: px(18)
    readonly property int border: Math.max(2, px(3))
    readonly property int focusRing: Math.max(3, px(6))
    readonly property int headerHeight: px(portrait ? 200 : 124)

    readonly property int small: tx(24)
    readonly property int body: tx(30)
    readonly property int large: tx(36)
    readonly property int heading: tx(44)
    readonly property int title: tx(58)
    // Already as large as the layout allows; the large-text switch leaves it alone.
    readonly property int ticketNumber: px(portrait ? 260 : 230)

    readonly property color background: "#EEF2F6"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#101820"
    readonly property color muted: "#36424F"
    readonly property color line: "#7A8796"
    readonly property color header: "#0A3158"
    readonly property color headerText: "#FFFFFF"
    readonly property color primary: "#0B4A8B"
    readonly property color primaryPressed: "#07315C"
    readonly property color primaryText: "#FFFFFF"
    readonly property color good: "#17561C"
    readonly property color bad: "#861515"
    readonly property color unsure: "#6B4500"
    readonly property color goodSoft: "#E3F1E4"
    readonly property color badSoft: "#FBE6E6"
    readonly property color unsureSoft: "#FCF0D9"
    readonly property color infoSoft: "#E2ECF7"
    readonly property color focusOuter: "#FFB000"
    readonly property color focusInner: "#000000"
    readonly property color scrim: "#B3000000"
}
