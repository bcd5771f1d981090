pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// A touch keyboard: digits, letters, punctuation, space, backspace. Written in QML rather than
// Qt Virtual Keyboard, which needs an input-method plugin and floods the log with warnings.
// `compact` drops punctuation and the control row (four rows instead of five) for screens
// that offer "clear" and "close" elsewhere, such as the kiosk's service search.
Rectangle {
    id: keyboard
    property bool compact: false
    signal typed(string character)
    signal erased()
    signal cleared()
    signal hideRequested()

    // The compact keyboard (a narrow screen) drops the punctuation that ends the last two rows.
    readonly property var fullRows: [
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"],
        ["Q", "W", "E", "R", "T", "Y", "U", "I", "O", "P"],
        ["A", "S", "D", "F", "G", "H", "J", "K", "L", "-"],
        ["Z", "X", "C", "V", "B", "N", "M", "/", ".", ","]
    ]
    readonly property var rows: compact
        ? fullRows.map(row => row.filter(key => key >= "0" && key <= "9" || key >= "A" && key <= "Z"))
        : fullRows
    readonly property int keyGap: Theme.px(8)
    readonly property real keyWidth: (width - 2 * keyGap - 9 * keyGap) / 10
    readonly property int keyHeight: Math.max(Theme.px(90), Theme.touch - Theme.px(6))

    color: Theme.infoSoft
    radius: Theme.radius
    implicitWidth: 10 * Theme.px(96) + 11 * keyGap
    implicitHeight: column.implicitHeight + 2 * keyGap

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: keyboard.keyGap
        spacing: keyboard.keyGap
        Repeater {
            model: keyboard.rows
            RowLayout {
                id: keyRow
                required property var modelData
                required property int index
                spacing: keyboard.keyGap
                Repeater {
                    model: keyRow.modelData
                    KioskButton {
                        required property string modelData
                        objectName: "key." + modelData
                        Layout.preferredWidth: keyboard.keyWidth
                        Layout.preferredHeight: keyboard.keyHeight
                        implicitWidth: keyboard.keyWidth
                        padding: Theme.px(4)
                        text: modelData
                        fontSize: Theme.heading
                        onClicked: keyboard.typed(modelData.toLowerCase())
                    }
                }
                // In the compact layout the last row ends with space and backspace.
                KioskButton {
                    objectName: "key.space"
                    visible: keyboard.compact && keyRow.index === 3
                    Layout.preferredWidth: keyboard.keyWidth * 2 + keyboard.keyGap
                    Layout.preferredHeight: keyboard.keyHeight
                    implicitWidth: Layout.preferredWidth
                    padding: Theme.px(4)
                    fontSize: Theme.body
                    text: qsTr("Spasi")
                    onClicked: keyboard.typed(" ")
                }
                KioskButton {
                    objectName: "key.backspace"
                    visible: keyboard.compact && keyRow.index === 3
                    Layout.preferredWidth: keyboard.keyWidth
                    Layout.preferredHeight: keyboard.keyHeight
                    implicitWidth: keyboard.keyWidth
                    padding: Theme.px(4)
                    fontSize: Theme.heading
                    text: "⌫"
                    Accessible.name: qsTr("Hapus satu huruf")
                    onClicked: keyboard.erased()
                }
            }
        }
        RowLayout {
            visible: !keyboard.compact
            spacing: keyboard.keyGap
            KioskButton {
                objectName: "key.hide"
                Layout.preferredWidth: keyboard.keyWidth * 2 + keyboard.keyGap
                Layout.preferredHeight: keyboard.keyHeight
                implicitWidth: Layout.preferredWidth
                padding: Theme.px(4)
                fontSize: Theme.body
                text: qsTr("Tutup")
                onClicked: keyboard.hideRequested()
            }
            KioskButton {
                objectName: "key.space"
                Layout.fillWidth: true
                Layout.preferredHeight: keyboard.keyHeight
                padding: Theme.px(4)
                fontSize: Theme.body
                text: qsTr("Spasi")
                onClicked: keyboard.typed(" ")
            }
            KioskButton {
                objectName: "key.clear"
                Layout.preferredWidth: keyboard.keyWidth * 2 + keyboard.keyGap
                Layout.preferredHeight: keyboard.keyHeight
                implicitWidth: Layout.preferredWidth
                padding: Theme.px(4)
                fontSize: Theme.body
                text: qsTr("Hapus semua")
                onClicked: keyboard.cleared()
            }
            KioskButton {
                objectName: "key.backspace"
                Layout.preferredWidth: keyboard.keyWidth * 2 + keyboard.keyGap
                Layout.preferredHeight: keyboard.keyHeight
                implicitWidth: Layout.preferredWidth
                padding: Theme.px(4)
                fontSize: Theme.heading
                text: "⌫"
                Accessible.name: qsTr("Hapus satu huruf")
                onClicked: keyboard.erased()
            }
        }
    }
}
