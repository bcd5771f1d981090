"""Catalog rich text made ready for Qt's rich-text renderer, without changing a word.

Published Standar Pelayanan lists carry their own markers ("1.", "a.", "1)") and say so with
``list-style-type: none``. Qt's renderer ignores that style and draws a bullet in front of every
item, so the screen would read "• 1. Skala usaha ...". Such lists become paragraphs with a
hanging indent instead: the document's own markers stay, wrapped lines align under the text.
Ordinary lists are left to Qt, which numbers and bullets them correctly.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser


class _QtRichText(HTMLParser):
    def __init__(self, indent_px: int) -> None:
        super().__init__(convert_charrefs=True)
        self.indent_px = indent_px
        self.out: list[str] = []
        # One entry per open list: True when it carries its own markers.
        self.lists: list[bool] = []
        self.in_unmarked_item = False

    def _depth(self) -> int:
        return sum(1 for unmarked in self.lists if unmarked)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"ol", "ul"}:
            unmarked = any(n == "style" and v and "none" in v for n, v in attrs)
            self.lists.append(unmarked)
            if not unmarked:
                self.out.append(f"<{tag}>")
            return
        if tag == "li" and self.lists and self.lists[-1]:
            margin = self.indent_px * self._depth()
            self.out.append(
                f'<p style="margin-left: {margin}px; text-indent: -{self.indent_px}px; '
                'margin-top: 0px; margin-bottom: 4px">'
            )
            self.in_unmarked_item = True
            return
        if tag == "p" and self.in_unmarked_item:
            # A paragraph inside a hand-numbered item: a line break keeps it inside the item.
            self.out.append("<br>")
            return
        if tag in {"p", "li", "b", "i"}:
            self.out.append(f"<{tag}>")
        elif tag == "br":
            self.out.append("<br>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.out.append("<br>")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"ol", "ul"}:
            if self.lists and not self.lists.pop():
                self.out.append(f"</{tag}>")
            return
        if tag == "li" and self.in_unmarked_item:
            self.out.append("</p>")
            self.in_unmarked_item = False
            return
        if tag == "p" and self.in_unmarked_item:
            return
        if tag in {"p", "li", "b", "i"}:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))


def for_qt(fragment: str, indent_px: int = 40) -> str:
    """``fragment`` (sanitised catalog HTML) as HTML that Qt renders the way it was published."""
    parser = _QtRichText(max(1, indent_px))
    parser.feed(fragment)
    parser.close()
    body = "".join(parser.out)
    if not body.lstrip().startswith("<"):
        # A bare sentence: a paragraph, so it gets the same spacing as the others.
        body = f"<p>{body}</p>"
    return body

