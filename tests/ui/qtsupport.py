"""Qt helpers for screen tests: text must not be cut off, and screenshots are written where a
person can look at them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow

ROOT = Path(__file__).resolve().parents[2]


def _items(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from _items(child)


def visible_items(window: QQuickWindow) -> list[QQuickItem]:
    return [i for i in _items(window.contentItem()) if _shown(i)]


def visible_texts(window: QQuickWindow) -> list[QQuickItem]:
    return [
        i for i in _items(window.contentItem())
        if i.inherits("QQuickText") and i.isVisible() and i.opacity() > 0 and str(i.property("text"))
        and _shown(i)
    ]


def _shown(item: QQuickItem) -> bool:
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() == 0:
            return False
        node = node.parentItem()
    return True


def cut_off_texts(window: QQuickWindow, *, allow_outside: tuple[str, ...] = ()) -> list[str]:
    """Texts that are elided, or that reach outside the window or outside a clipping parent."""
    problems = []
    w, h = window.width(), window.height()
    for item in visible_texts(window):
        name = item.objectName()
        text = str(item.property("text"))
        if item.property("truncated"):
            problems.append(f"{name or text!r}: truncated")
            continue
        if name in allow_outside or _clipped(item):
            # Inside a scrolling list the list's clip decides what shows; rows scroll out of view.
            continue
        width = max(item.width(), float(item.property("contentWidth") or 0))
        top_left = item.mapToScene(QPointF(0, 0))
        right, bottom = top_left.x() + width, top_left.y() + item.height()
        if top_left.x() < -0.5 or top_left.y() < -0.5 or right > w + 0.5 or bottom > h + 0.5:
            problems.append(f"{name or text!r}: outside the window at {top_left.x():.0f},{top_left.y():.0f}"
                            f" {width:.0f}x{item.height():.0f}")
            continue
        panel = _panel_of(item)
        if panel is not None:
            corner = panel.mapToScene(QPointF(0, 0))
            if (top_left.x() < corner.x() - 0.5 or top_left.y() < corner.y() - 0.5
                    or right > corner.x() + panel.width() + 0.5 or bottom > corner.y() + panel.height() + 0.5):
                problems.append(f"{name or text!r}: spills out of {panel.objectName()}")
    return problems


def _alignment(item: QQuickItem) -> int:
    # PySide cannot convert the alignment enum; QML evaluates it to a plain number.
    node: QQuickItem | None = item
    context = None
    while context is None and node is not None:
        # A text made inside a control has no context of its own; evaluate in its owner's.
        context = QQmlEngine.contextForObject(node)
        node = node.parentItem()
    if context is None:
        return 1
    value, _undefined = QQmlExpression(context, item, "Number(effectiveHorizontalAlignment)").evaluate()
    return int(value or 1)


def overlapping_texts(window: QQuickWindow) -> list[str]:
    """Pairs of visible texts whose painted areas overlap (labels drawn over each other)."""
    boxes = []
    for item in visible_texts(window):
        corner = item.mapToScene(QPointF(0, 0))
        width = min(item.width(), float(item.property("contentWidth") or item.width())) if item.width() > 0 else 0
        align = _alignment(item)
        x = corner.x()
        if align & 0x4:  # centred
            x += (item.width() - width) / 2
        elif align & 0x2:  # right
            x += item.width() - width
        height = min(item.height(), float(item.property("contentHeight") or item.height()))
        if width > 1 and height > 1 and not _scrolled_away(item, x, corner.y(), x + width, corner.y() + height):
            boxes.append((item, x, corner.y(), x + width, corner.y() + height))
    # Each text's popup is looked up once: asked for every pair, the walks up the item tree were
    # most of a screen check's time on a page of a few hundred texts.
    popups = [_popup_of(box[0]) for box in boxes]
    problems = []
    for i, (a, ax1, ay1, ax2, ay2) in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            b, bx1, by1, bx2, by2 = boxes[j]
            if min(ax2, bx2) - max(ax1, bx1) > 1 and min(ay2, by2) - max(ay1, by1) > 1 and popups[i] is popups[j]:
                # (texts in an open popup lie over the page on purpose)
                problems.append(f"{a.property('text')!r} overlaps {b.property('text')!r}")
    return problems


def _scrolled_away(item: QQuickItem, x1: float, y1: float, x2: float, y2: float) -> bool:
    """A list row scrolled out of its clipping list: not painted, so it overlaps nothing."""
    node = item.parentItem()
    while node is not None:
        if node.clip():
            top_left = node.mapToScene(QPointF(0, 0))
            if (x2 <= top_left.x() or x1 >= top_left.x() + node.width()
                    or y2 <= top_left.y() or y1 >= top_left.y() + node.height()):
                return True
        node = node.parentItem()
    return False


def _popup_of(item: QQuickItem) -> QQuickItem | None:
    """The popup (dialog, menu) an item is shown in; its content lies over the page beneath."""
    node = item.parentItem()
    while node is not None:
        if "PopupItem" in node.metaObject().className():
            return node
        node = node.parentItem()
    return None


def _clipped(item: QQuickItem) -> bool:
    node = item.parentItem()
    while node is not None:
        if node.clip():
            return True
        node = node.parentItem()
    return False


def _panel_of(item: QQuickItem) -> QQuickItem | None:
    """The nearest ancestor drawn as a box of its own (objectName ending in "Panel")."""
    node = item.parentItem()
    while node is not None:
        if node.objectName().endswith("Panel"):
            return node
        node = node.parentItem()
    return None


def find(window: QQuickWindow, name: str) -> QQuickItem:
    for item in _items(window.contentItem()):
        if item.objectName() == name:
            return item
    raise AssertionError(f"no item named {name!r} on screen")


def is_shown(window: QQuickWindow, name: str) -> bool:
    """The item is on screen and visible (a closed popup's items are gone, a list row may not exist)."""
    try:
        return bool(find(window, name).isVisible())
    except AssertionError:
        return False


def save_screenshot(window: QQuickWindow, name: str, tmp_path: Path) -> Path:
    """Into tmp_path, and into ``MPP_SCREENSHOT_DIR`` too when set (docs/screenshots)."""
    image = window.grabWindow()
    assert not image.isNull()
    path = tmp_path / name
    image.save(str(path))
    target = os.environ.get("MPP_SCREENSHOT_DIR")
    if target:
        folder = Path(target)
        folder = folder if folder.is_absolute() else ROOT / folder
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / name))
    return path
