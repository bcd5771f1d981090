"""Sanitise the HTML fragments of Standar Pelayanan cells to the small subset they use.

Only ``p ol ul li b i br`` survive, without attributes; every other tag is dropped (its text
kept) and all text is re-escaped, so whatever a document holds can be shown by a rich-text
widget without running or styling anything.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from html.parser import HTMLParser
from typing import NamedTuple

ALLOWED = frozenset({"p", "ol", "ul", "li", "b", "i", "br"})
_STRONG = {"strong": "b", "em": "i"}
_UNNUMBERED = re.compile(r"list-style-type\s*:\s*none")


class _Do(NamedTuple):
    """What one tag does to the output: write ``text`` and open ``tag``, close ``tag``, write
    a line break, or nothing."""

    kind: str  # "open" | "close" | "break" | "drop"
    tag: str = ""
    text: str = ""


_DROP = _Do("drop")
_BREAK = _Do("break", "br", "<br>")


def _start(tag: str, attrs: list[tuple[str, str | None]]) -> _Do:
    tag = _STRONG.get(tag, tag)
    if tag not in ALLOWED:
        return _DROP
    if tag == "br":
        return _BREAK
    # Published lists carry their own "1." / "a." markers: keep the one style that stops a
    # renderer from numbering them a second time, drop every other attribute.
    unnumbered = tag in {"ol", "ul"} and any(
        name == "style" and value and _UNNUMBERED.search(value) for name, value in attrs
    )
    return _Do("open", tag, f'<{tag} style="list-style-type: none">' if unnumbered else f"<{tag}>")


def _end(tag: str) -> _Do:
    tag = _STRONG.get(tag, tag)
    return _Do("close", tag) if tag in ALLOWED and tag != "br" else _DROP


def _start_end(tag: str) -> _Do:
    return _BREAK if _STRONG.get(tag, tag) == "br" else _DROP


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.open: list[str] = []

    def do(self, action: _Do) -> None:
        kind = action.kind
        if kind == "open":
            self.out.append(action.text)
            self.open.append(action.tag)
        elif kind == "break":
            self.out.append(action.text)
        elif kind == "close" and action.tag in self.open:
            # Close anything left open inside, so the output is always well nested.
            while self.open:
                inner = self.open.pop()
                self.out.append(f"</{inner}>")
                if inner == action.tag:
                    break

    def result(self) -> str:
        while self.open:
            self.out.append(f"</{self.open.pop()}>")
        return "".join(self.out)


class _Sanitiser(HTMLParser):
    """The standard library's reading, for markup :func:`_read_plain_markup` does not read."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.writer = _Writer()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.writer.do(_start(tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.writer.do(_start_end(tag))

    def handle_endtag(self, tag: str) -> None:
        self.writer.do(_end(tag))

    def handle_data(self, data: str) -> None:
        self.writer.out.append(html.escape(data, quote=False))

    def result(self) -> str:
        self.close()
        return self.writer.result()


_SPACES = re.compile(r"[ \t\r\n\u00a0]+")
_AS_SPACE = str.maketrans("\t\r\n\u00a0", "    ")


def _one_space(text: str) -> str:
    """``_SPACES.sub(" ", text)``: runs of spaces, tabs, line breaks and no-break spaces become
    one space. A long cell has thousands of single spaces, and a regular expression visiting
    every character cost more than reading the markup; these string methods run in C."""
    text = text.translate(_AS_SPACE)
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _markup_free(fragment: str) -> bool:
    # Most cells are plain text (numbers, names, one-line answers): without a tag or an entity
    # the parser would only escape and pass the text through, at a cost that dominated imports.
    return "<" not in fragment and "&" not in fragment


# The markup published documents hold: plain start tags with ordinary attributes, end tags and
# text. Anything else (comments, declarations, a stray "<", quotes holding ">", script or style
# whose content the standard parser reads raw) goes to the standard parser instead.
_PLAIN_TAG = re.compile(
    r"""<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z][-a-zA-Z0-9:_]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+))?)*)\s*(/?)>"""
    r"|</([a-zA-Z][a-zA-Z0-9]*)\s*>"
)
_TAG_PIECES = re.compile(r"(<[^>]*>)")
_ATTRIBUTE = re.compile(r"""\s+([a-zA-Z][-a-zA-Z0-9:_]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_RAW_CONTENT = frozenset({"script", "style"})
_BLOCK_TAG = re.compile(r"(</?(?:p|ol|ul|li)(?: [^>]*)?>)")


def _attributes(source: str) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for name, raw in _ATTRIBUTE.findall(source):
        value = raw[1:-1] if raw[:1] in {"'", '"'} else raw
        found.append((name.lower(), html.unescape(value) if raw else None))
    return found


@lru_cache(maxsize=512)
def _plain_tag(piece: str) -> _Do | None:
    """What a tag does, or None where it is not a plain tag. Cached: a document repeats a
    handful of tags thousands of times."""
    match = _PLAIN_TAG.fullmatch(piece)
    if match is None:
        return None
    start, attributes, closed, end = match.groups()
    if end is not None:
        return _end(end.lower())
    tag = start.lower()
    if tag in _RAW_CONTENT:
        return None
    if closed:
        return _start_end(tag)
    return _start(tag, _attributes(attributes) if attributes else [])


def _read_plain_markup(fragment: str, into: _Writer) -> bool:
    """Write `fragment` as the standard parser's reading would, or return False where its
    markup is not the plain kind read here (what was written then does not count)."""
    pieces = _TAG_PIECES.split(fragment)
    texts = pieces[::2]
    if any("<" in text for text in texts):
        return False
    actions: list[_Do] = []
    for piece in pieces[1::2]:
        action = _plain_tag(piece)
        if action is None:
            return False
        actions.append(action)
    if "&" in fragment:
        texts = [html.escape(html.unescape(text), quote=False) for text in texts]
    else:  # no entity, and no "<" (checked above): only a ">" needs escaping
        texts = [text.replace(">", "&gt;") for text in texts]
    out, do = into.out, into.do
    for text, action in zip(texts, actions, strict=False):
        out.append(text)
        do(action)
    out.append(texts[-1])
    return True


def sanitise(fragment: str) -> str:
    if _markup_free(fragment):
        return _one_space(html.escape(fragment, quote=False)).strip()
    writer = _Writer()
    if _read_plain_markup(fragment, writer):
        written = writer.result()
    else:
        # The standard parser is several times slower, so only the unusual fragments pay for it.
        parser = _Sanitiser()
        parser.feed(fragment)
        written = parser.result()
    # No space survives next to a block tag. Splitting at the tags (a pattern that starts with
    # "<") is far cheaper on a long cell than a substitution that must try "\s*" everywhere.
    pieces = _BLOCK_TAG.split(_one_space(written))
    pieces[::2] = [piece.strip() for piece in pieces[::2]]
    return "".join(pieces).strip()


def strip_leading_colon(fragment: str) -> str:
    """Cells begin with ': ' after the component name ("Persyaratan : ..."); drop it from the
    first text, wherever the first text sits among the opening tags."""
    return re.sub(r"^((?:\s*<[^>]+>)*)\s*:\s*", r"\1", fragment, count=1)


# What sanitise() gives holds only the tags it writes (the lists with at most a style) and
# escaped text with complete entities, so it is read with splits at those tags: dropping the
# other tags before unescaping gives what reading it token by token gives.
_BREAK_TAG = re.compile(r"<(?:p|li|br|ol|ul)(?=[ >])[^>]*>")
_BLOCK_EDGE = re.compile(r"<(/?)(p|li|ol|ul)(?=[ >])[^>]*>")
_ANY_TAG = re.compile(r"<[^>]*>")


def _text_of(markup: str) -> str:
    if "<" in markup:
        markup = _ANY_TAG.sub("", markup)
    return html.unescape(markup) if "&" in markup else markup


def to_plain(fragment: str) -> str:
    """Plain text with one line per paragraph or list item (for search, print and JSON) of a
    fragment from :func:`sanitise`."""
    text = fragment if _markup_free(fragment) else _text_of(_BREAK_TAG.sub("\n", fragment))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def blocks(fragment: str) -> list[tuple[str, str]]:
    """A fragment from :func:`sanitise` flattened to ("p" | "li", text) blocks in document
    order (a block ends at any list or paragraph edge; b, i and br stay inside it)."""
    found: list[tuple[str, str]] = []
    open_blocks: list[str] = []

    def add(markup: str) -> None:
        text = " ".join(_text_of(markup).split())  # str.split() splits where "\s+" matches
        if text:
            found.append((open_blocks[-1] if open_blocks else "p", text))

    position = 0
    for edge in _BLOCK_EDGE.finditer(fragment):
        add(fragment[position : edge.start()])
        position = edge.end()
        if edge.group(2) in {"p", "li"}:
            if not edge.group(1):
                open_blocks.append(edge.group(2))
            elif open_blocks:
                open_blocks.pop()
    add(fragment[position:])
    return found
