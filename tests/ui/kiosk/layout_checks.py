"""What a visitor would notice about a screen's layout: targets too small to touch, text too
small or too faint to read, text cut off, controls on top of each other."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem, QQuickWindow

from tests.ui.kiosk.driver import all_items, shown
from tests.ui.kiosk.tour import ORIENTATIONS, Stop, Tour

# On a 21.5" 1920x1080 panel; on another panel, times the Theme's unit (ui/qml/common/Theme.qml),
# the size the layout is drawn at there.
MIN_TOUCH_PX = 90  # 15 mm
MIN_TEXT_PX = 24
MIN_CONTRAST = 7.0
OVERLAYS = ("idleOverlay", "staffOverlay")


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def scene_rect(item: QQuickItem) -> QRectF:
    top_left = item.mapToScene(QPointF(0, 0))
    return QRectF(top_left.x(), top_left.y(), item.width(), item.height())


def _active(item: QQuickItem) -> bool:
    """Shown at full strength: disabled controls (drawn faded) are exempt from contrast rules."""
    node: QQuickItem | None = item
    while node is not None:
        if node.opacity() < 1 or not node.isEnabled():
            return False
        node = node.parentItem()
    return True


def _clip_rect(item: QQuickItem) -> QRectF | None:
    """The part of the scene ``item`` can be seen in, through every clipping ancestor."""
    visible: QRectF | None = None
    node = item.parentItem()
    while node is not None:
        if node.clip():
            rect = scene_rect(node)
            visible = rect if visible is None else visible.intersected(rect)
        node = node.parentItem()
    return visible


def _seen(item: QQuickItem) -> QRectF | None:
    """The part of ``item`` on screen (not scrolled away behind a clipping parent), if any."""
    rect = scene_rect(item)
    clip = _clip_rect(item)
    if clip is not None:
        rect = rect.intersected(clip)
    return rect if rect.width() > 0.5 and rect.height() > 0.5 else None


def _cut_by_clip(item: QQuickItem) -> str | None:
    """The clipping parent that hides part of ``item`` in a direction it cannot be scrolled."""
    rect = scene_rect(item)
    node = item.parentItem()
    while node is not None:
        if node.clip():
            clip = scene_rect(node)
            flick = node.inherits("QQuickFlickable")
            scrolls_down = flick and float(node.property("contentHeight")) > node.height() + 1
            scrolls_across = flick and float(node.property("contentWidth")) > node.width() + 1
            if not scrolls_down and (rect.top() < clip.top() - 1 or rect.bottom() > clip.bottom() + 1):
                return node.objectName() or node.metaObject().className()
            if not scrolls_across and (rect.left() < clip.left() - 1 or rect.right() > clip.right() + 1):
                return node.objectName() or node.metaObject().className()
        node = node.parentItem()
    return None


def _in_flickable(item: QQuickItem) -> bool:
    node = item.parentItem()
    while node is not None:
        if node.inherits("QQuickFlickable"):
            return True
        node = node.parentItem()
    return False


def _root(window: QQuickWindow) -> QQuickItem:
    """The layer the visitor is looking at: an open overlay, else the whole window."""
    for item in all_items(window.contentItem()):
        if item.objectName() in OVERLAYS and shown(item) and (
            not item.inherits("QQuickLoader") or item.property("item") is not None
        ):
            return item
    return window.contentItem()


def _texts(root: QQuickItem) -> Iterator[QQuickItem]:
    for item in all_items(root):
        if item.inherits("QQuickText") and shown(item) and str(item.property("text") or "").strip() and _seen(item):
            yield item


def _background(item: QQuickItem, window: QQuickWindow) -> QColor:
    node = item.parentItem()
    while node is not None:
        if node.inherits("QQuickRectangle"):
            color = node.property("color")
            if isinstance(color, QColor) and color.alpha() == 255:
                return color
        node = node.parentItem()
    return window.color()


def _label(item: QQuickItem) -> str:
    return item.objectName() or repr(str(item.property("text") or item.metaObject().className())[:50])


def problems(window: QQuickWindow, unit: float = 1.0) -> list[str]:
    """What is wrong with the window's layout, drawn at ``unit`` pixels per Theme unit."""
    found: list[str] = []
    min_touch, min_text = MIN_TOUCH_PX * unit, MIN_TEXT_PX * unit
    root = _root(window)
    bounds = QRectF(0, 0, window.width(), window.height())

    targets = [
        (i, seen) for i in all_items(root) if i.property("touchTarget") is True and shown(i) and (seen := _seen(i))
    ]
    for t, _ in targets:
        if t.width() < min_touch - 0.5 or t.height() < min_touch - 0.5:
            found.append(f"{_label(t)}: touch target {t.width():.0f}x{t.height():.0f} px")
    for n, (a, ra) in enumerate(targets):
        for b, rb in targets[n + 1 :]:
            overlap = ra.intersected(rb)
            if overlap.width() > 1 and overlap.height() > 1:
                found.append(f"{_label(a)} and {_label(b)} overlap")
    pictures = [(i, seen) for i in all_items(root) if i.inherits("QQuickImage") and shown(i) and (seen := _seen(i))]
    for picture, rp in pictures:
        for t, rt in targets:
            overlap = rp.intersected(rt)
            if overlap.width() > 1 and overlap.height() > 1:
                found.append(f"a picture ({_label(picture.parentItem() or picture)}) covers {_label(t)}")

    texts = list(_texts(root))
    for t in texts:
        name = _label(t)
        size = t.property("font").pixelSize()
        if size < min_text - 0.5:
            found.append(f"{name}: text {size} px")
        if t.property("truncated"):
            found.append(f"{name}: truncated")
        rect = scene_rect(t)
        drawn_width = max(t.width(), float(t.property("contentWidth") or 0))
        drawn = QRectF(rect.x(), rect.y(), drawn_width, max(rect.height(), float(t.property("contentHeight") or 0)))
        # Inside a scrolling list, content beyond the edge is reached by scrolling.
        if not _in_flickable(t):
            if drawn.left() < -0.5 or drawn.right() > bounds.right() + 0.5:
                found.append(f"{name}: runs off the screen sideways")
            if drawn.top() < -0.5 or drawn.bottom() > bounds.bottom() + 0.5:
                found.append(f"{name}: runs off the bottom of the screen")
        if drawn_width > t.width() + 1:
            found.append(f"{name}: text is wider than its space")
        cutter = _cut_by_clip(t)
        if cutter is not None:
            found.append(f"{name}: cut off by {cutter}")
        if _active(t):
            ratio = contrast(t.property("color"), _background(t, window))
            if ratio < MIN_CONTRAST:
                found.append(f"{name}: contrast {ratio:.1f}:1")

    shown_rects = []
    for t in texts:
        rect = scene_rect(t)
        width = min(t.width(), float(t.property("contentWidth") or t.width()))
        height = min(t.height(), float(t.property("contentHeight") or t.height()))
        clip = _clip_rect(t)
        visible = QRectF(rect.x(), rect.y(), width, height)
        if clip is not None:
            visible = visible.intersected(clip)
        shown_rects.append((t, visible))
    for n, (a, ra) in enumerate(shown_rects):
        for b, rb in shown_rects[n + 1 :]:
            overlap = ra.intersected(rb)
            if overlap.width() > 2 and overlap.height() > 2:
                found.append(f"texts {_label(a)} and {_label(b)} overlap")
    return found


def assert_readable_and_touchable(tour: Tour, stop: Stop, orientation: str, language: str) -> None:
    k = tour.visit(stop, ORIENTATIONS[orientation], language)
    found = problems(k.window, k.theme_unit())
    assert found == [], f"{stop.name} ({orientation}, {language}):\n" + "\n".join(found)
