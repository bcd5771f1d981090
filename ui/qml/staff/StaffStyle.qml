pragma Singleton
import QtQuick

// The desk is a desktop application used all day: calm colours, text at 15-22 px, contrast
// of at least 7:1 for text. Designed at 1366x768, the smallest screen on office desks.
QtObject {
    readonly property int small: 14
    readonly property int body: 16
    readonly property int large: 20
    readonly property int heading: 24
    readonly property int code: 64
    readonly property int gap: 12
    readonly property int smallGap: 6
    readonly property int radius: 8

    readonly property color background: "#EEF2F6"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#101820"
    readonly property color muted: "#36424F"
    readonly property color line: "#AEB8C4"
    readonly property color header: "#0A3158"
    readonly property color headerText: "#FFFFFF"
    readonly property color primary: "#0B4A8B"
    readonly property color primaryText: "#FFFFFF"
    readonly property color good: "#17561C"
    readonly property color goodSoft: "#E3F1E4"
    readonly property color bad: "#9E1B1B"
    readonly property color badSoft: "#FBE6E6"
    readonly property color warn: "#6B4500"
    readonly property color warnSoft: "#FCF0D9"
    readonly property color infoSoft: "#E2ECF7"
    readonly property color selected: "#D5E4F5"
}
