import QtQuick
import common

// A face for an answer: 1 frowns, 4 smiles broadly. Drawn, not an emoji, so it looks the same
// on every terminal whatever fonts it has.
Canvas {
    id: face
    property int score: 3
    readonly property color tone: score === 1 ? "#B3261E" : score === 2 ? "#A35200"
                                : score === 3 ? "#2E7D32" : "#1B5E20"
    readonly property color fill: score === 1 ? "#FBE6E6" : score === 2 ? "#FCEBD5"
                                : score === 3 ? "#E3F1E4" : "#C8E6C9"
    implicitWidth: Theme.px(150)
    implicitHeight: implicitWidth
    onScoreChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        var ctx = getContext("2d")
        var size = Math.min(width, height)
        var r = size / 2 - Math.max(2, size * 0.03)
        var cx = width / 2, cy = height / 2
        ctx.reset()
        ctx.lineWidth = Math.max(2, size * 0.05)
        ctx.strokeStyle = tone
        ctx.fillStyle = fill
        ctx.beginPath()
        ctx.arc(cx, cy, r, 0, 2 * Math.PI)
        ctx.fill()
        ctx.stroke()
        ctx.fillStyle = tone
        var eye = size * 0.065
        ctx.beginPath(); ctx.arc(cx - r * 0.38, cy - r * 0.25, eye, 0, 2 * Math.PI); ctx.fill()
        ctx.beginPath(); ctx.arc(cx + r * 0.38, cy - r * 0.25, eye, 0, 2 * Math.PI); ctx.fill()
        // The mouth bends from a frown (1) to a wide smile (4).
        var bend = [-0.32, -0.14, 0.16, 0.38][Math.max(1, Math.min(4, score)) - 1] * r
        var left = cx - r * 0.45, right = cx + r * 0.45, y = cy + r * 0.35
        ctx.beginPath()
        ctx.moveTo(left, y - bend * 0.4)
        ctx.quadraticCurveTo(cx, y + bend * 1.2, right, y - bend * 0.4)
        ctx.stroke()
    }
}
