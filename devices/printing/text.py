"""Text for a receipt printer: printable ASCII only, wrapped to the printer's columns.

Indonesian needs nothing beyond ASCII, so rather than switching code pages (which clones honour
differently) every typographic character is mapped to its plain equivalent. Characters with no
sensible equivalent are dropped rather than printed as '?'. Control bytes are always removed: a
service title containing ESC or GS must never reach the printer as a command.
"""

from __future__ import annotations

import textwrap
import unicodedata

_REPLACEMENTS: dict[str, str] = {
    # quotes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u0060": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
    # dashes and minus signs
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00ad": "",
    # spaces (NFKD maps most of them, these are kept explicit for clarity)
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
    # punctuation and symbols
    "\u2026": "...", "\u2022": "*", "\u00b7": "-", "\u2027": "-", "\u2044": "/", "\u00d7": "x",
    "\u00f7": ":", "\u00b0": " derajat", "\u2122": "TM", "\u00a9": "(c)", "\u00ae": "(R)",
    "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "JPY", "\u2116": "No.", "\u00a7": "Pasal ",
    "\u2192": "->", "\u2190": "<-", "\u2264": "<=", "\u2265": ">=", "\u00b1": "+/-",
    "\u2030": " per mil", "\u00bc": "1/4", "\u00bd": "1/2", "\u00be": "3/4",
    # letters that do not decompose
    "\u00df": "ss", "\u00e6": "ae", "\u00c6": "AE", "\u0153": "oe", "\u0152": "OE",
    "\u00f8": "o", "\u00d8": "O", "\u0111": "d", "\u0110": "D", "\u0142": "l", "\u0141": "L",
    "\u00f0": "d", "\u00d0": "D", "\u00fe": "th", "\u00de": "Th", "\u0131": "i",
}
_TABLE = str.maketrans(_REPLACEMENTS)


def to_printable_ascii(text: str) -> str:
    """Printable ASCII (0x20..0x7E) plus ``\\n`` for line breaks; never introduces '?'.

    Tabs become a space, CR/LF pairs become one newline, other control characters vanish.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.translate(_TABLE)
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if char == "\n" or " " <= char <= "~":
            out.append(char)
        elif unicodedata.combining(char):
            continue  # accents split off by NFKD: "é" -> "e" + U+0301
        else:
            mapped = char.translate(_TABLE)
            if mapped != char and all(" " <= c <= "~" for c in mapped):
                out.append(mapped)
    return "".join(out)


def normalise(text: str) -> str:
    """``to_printable_ascii`` with runs of spaces collapsed and lines stripped at the ends."""
    lines = to_printable_ascii(text).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines)


def wrap(text: str, columns: int, *, indent: int = 0) -> list[str]:
    """Word-wrap ``text`` to ``columns``; explicit newlines are kept, words longer than a line
    are split. ``indent`` spaces open every continuation line (a hanging indent).

    An empty paragraph yields one empty line so that blank lines survive.
    """
    if columns < 1:
        raise ValueError("columns must be at least 1")
    indent = min(indent, columns // 2)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        wrapped = textwrap.wrap(
            paragraph,
            width=columns,
            subsequent_indent=" " * indent,
            break_long_words=True,
            break_on_hyphens=False,
        )
        lines.extend(wrapped or [""])
    return lines


def longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def wrap_balanced(text: str, columns: int, *, indent: int = 0) -> list[str]:
    """Like :func:`wrap`, but each paragraph uses the narrowest width that needs no more lines.

    For centred text this avoids a lone last word ("Purwakarta 41115" under a full line) and
    prints two even lines instead.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        best = wrap(paragraph, columns, indent=indent)
        width = columns - 1
        while width >= 1 and len(best) > 1:
            narrower = wrap(paragraph, width, indent=indent)
            if len(narrower) > len(best):
                break
            best = narrower
            width -= 1
        lines.extend(best)
    return lines
