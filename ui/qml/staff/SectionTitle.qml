import QtQuick
import staff

Text {
    font.pixelSize: StaffStyle.large
    font.bold: true
    color: StaffStyle.text
    elide: Text.ElideRight
}
