pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// Digits for the staff PIN. The digits typed are shown as dots only.
ColumnLayout {
    id: pad
    property string pin: ""
    signal submitted(string pin)
    signal cancelled()
    spacing: Theme.smallGap

    function clear() { pin = "" }

    Text {
        objectName: "pin.dots"
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredHeight: Theme.px(70)
        text: pad.pin.length > 0 ? "●".repeat(pad.pin.length) : " "
        color: Theme.text
        font.pixelSize: Theme.heading
    }
    GridLayout {
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        rowSpacing: Theme.smallGap
        columnSpacing: Theme.smallGap
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "OK"]
            KioskButton {
                required property string modelData
                objectName: "pin." + modelData
                Layout.preferredWidth: Theme.px(170)
                Layout.preferredHeight: Theme.touch
                implicitWidth: Theme.px(170)
                padding: Theme.px(8)
                kind: modelData === "OK" ? "primary" : "secondary"
                text: modelData === "C" ? qsTr("Hapus") : modelData === "OK" ? qsTr("Masuk") : modelData
                fontSize: modelData.length === 1 && modelData !== "C" ? Theme.heading : Theme.body
                onClicked: {
                    if (modelData === "C") pad.pin = ""
                    else if (modelData === "OK") pad.submitted(pad.pin)
                    else if (pad.pin.length < 12) pad.pin += modelData
                }
            }
        }
    }
    KioskButton {
        objectName: "pin.cancel"
        Layout.fillWidth: true
        text: qsTr("Batal")
        onClicked: pad.cancelled()
    }
}
