"""Sanitise the HTML fragments of Standar Pelayanan cells to the small subset they use.

Only ``p ol ul li b i br`` survive, without attributes; every other tag is dropped (its text
kept) and all text is re-escaped, so whatever a document holds can be shown by a rich-text
widget without running or styling anything.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser

ALLOWED = frozenset({"p", "ol", "ul", "li", "b", "i", "br"})
_VOID = frozenset({"br"})
_STRONG = {"strong": "b", "em": "i"}


class _Sanitiser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = _STRONG.get(tag, tag)
        if tag not in ALLOWED:
            return
        if tag in _VOID:
            self.out.append("<br>")
            return
        # Published lists carry their own "1." / "a." markers: keep the one style that stops a
        # renderer from numbering them a second time, drop every other attribute.
        unnumbered = tag in {"ol", "ul"} and any(
            name == "style" and value and re.search(r"list-style-type\s*:\s*none", value) for name, value in attrs
        )
        self.out.append(f'<{tag} style="list-style-type: none">' if unnumbered else f"<{tag}>")
        self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if _STRONG.get(tag, tag) == "br":
            self.out.append("<br>")

    def handle_endtag(self, tag: str) -> None:
        tag = _STRONG.get(tag, tag)
        if tag not in ALLOWED or tag in _VOID or tag not in self.open:
            return
        # Close anything left open inside, so the output is always well nested.
        while self.open:
            inner = self.open.pop()
            self.out.append(f"</{inner}>")
            if inner == tag:
                break

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))

    def result(self) -> str:
        self.close()
        while self.open:
            self.out.append(f"</{self.open.pop()}>")
        return "".join(self.out)


_SPACES = re.compile(r"[ \t\r\n\u00a0]+")


def _markup_free(fragment: str) -> bool:
    # Most cells are plain text (numbers, names, one-line answers): without a tag or an entity
    # the parser would only escape and pass the text through, at a cost that dominated imports.
    return "<" not in fragment and "&" not in fragment


def sanitise(fragment: str) -> str:
    if _markup_free(fragment):
        return _SPACES.sub(" ", html.escape(fragment, quote=False)).strip()
    parser = _Sanitiser()
    parser.feed(fragment)
    text = _SPACES.sub(" ", parser.result())
    text = re.sub(r"\s*(</?(?:p|ol|ul|li)(?: [^>]*)?>)\s*", r"\1", text)
    return text.strip()


def strip_leading_colon(fragment: str) -> str:
    """Cells begin with ': ' after the component name ("Persyaratan : ..."); drop it from the
    first text, wherever the first text sits among the opening tags."""
    return re.sub(r"^((?:\s*<[^>]+>)*)\s*:\s*", r"\1", fragment, count=1)


# What sanitise() gives: the allowed tags (the lists with at most a style), escaped text between.
_TOKEN = re.compile(r"<(/?)([a-z]+)[^>]*>|[^<]+|<")
_BREAKS = frozenset({"p", "li", "br", "ol", "ul"})


def tokens(fragment: str) -> Iterator[tuple[str, str]]:
    """("start" | "end", tag) and ("text", unescaped text) of a fragment from :func:`sanitise`.

    What the standard library's HTML parser gives for such a fragment, at a fraction of its
    cost: every service's components are read again this way for the checklist, time and fee.
    """
    for match in _TOKEN.finditer(fragment):
        tag = match.group(2)
        if tag is not None:
            yield ("end" if match.group(1) else "start"), tag
        else:
            yield "text", html.unescape(match.group(0))


def to_plain(fragment: str) -> str:
    """Plain text with one line per paragraph or list item (for search, print and JSON) of a
    fragment from :func:`sanitise`."""
    if _markup_free(fragment):
        text = fragment
    else:
        text = "".join(
            value if kind == "text" else "\n" for kind, value in tokens(fragment)
            if kind == "text" or (kind == "start" and value in _BREAKS)
        )
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
