"""Small pieces of the importer that documents word in many ways."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.catalog.derive import fee, list_items, processing_time
from kiosk.catalog.richtext import (
    _read_plain_markup,
    _Sanitiser,
    _Writer,
    blocks,
    sanitise,
    strip_leading_colon,
    to_plain,
)
from kiosk.catalog.search import CatalogSearch, within
from kiosk.catalog.views import ServiceSummary
from tests.support.documents import real_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 hari kerja sejak berkas lengkap", (7, "working_days")),
        ("14 (empat belas) hari kerja", (14, "working_days")),
        ("30 hari kalender", (30, "calendar_days")),
        ("1 jam", (1, "hours")),
        ("<p>Paling lama 3 Hari Kerja</p>", (3, "working_days")),
        ("secepatnya", None),
    ],
)
def test_processing_time(text: str, expected: tuple[int, str] | None) -> None:
    assert processing_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gratis", 0),
        ("Tidak dipungut biaya", 0),
        ("Rp 50.000,-", 50000),
        ("Rp. 1.250.000,00", 1250000),
        ("sesuai Perda", None),
    ],
)
def test_fee(text: str, expected: int | None) -> None:
    assert fee(text) == expected


def test_sanitiser_keeps_only_the_document_subset() -> None:
    dirty = (
        '<p style="color:red" onclick="x()">Teks <b>tebal</b> <a href="http://x">tautan</a></p>'
        "<script>alert(1)</script><ol><li>satu<li>dua</ol><table><tr><td>sel</td></tr></table>"
    )
    clean = sanitise(dirty)
    assert clean == "<p>Teks <b>tebal</b> tautan</p>alert(1)<ol><li>satu<li>dua</li></li></ol>sel"
    assert "<script" not in clean and "href" not in clean and "onclick" not in clean


def test_leading_colon_removed_inside_tags() -> None:
    assert strip_leading_colon("<p>: 1. Pengawasan</p>") == "<p>1. Pengawasan</p>"
    assert strip_leading_colon(": Gratis") == "Gratis"
    assert strip_leading_colon("Rasio 1:2") == "Rasio 1:2"


def test_plain_requirements_without_list_markup() -> None:
    items = list_items("<p>1. KTP; 2. NPWP; 3. Surat kuasa</p>")
    assert [t for _, t in items] == ["KTP", "NPWP", "Surat kuasa"]
    assert to_plain("<p>a</p><ol><li>b</li></ol>") == "a\nb"


def _summary(number: int, title: str, kbli: str | None = None) -> ServiceSummary:
    return ServiceSummary(number, title, kbli, None, None, None, True, False, 1)


def test_search_prefix_typo_variant_and_kbli() -> None:
    search = CatalogSearch(
        [
            _summary(1, "Izin Praktik Apoteker"),
            _summary(2, "Sertifikat Standar Industri Kamera", "26791"),
            _summary(3, "Izin Usaha Restoran", "56101"),
        ]
    )
    assert [s.number for s in search.search("ijin")] == [1, 3]
    assert [s.number for s in search.search("apotek")] == [1]
    assert [s.number for s in search.search("sertifkat")] == [2]
    assert [s.number for s in search.search("2679")] == [2]
    assert [s.number for s in search.search("izin resto")] == [3]
    assert search.search("zzzz") == []
    assert within("kamera", "kmaera", 1) and not within("kamera", "kmaeraa", 1)


class _Events(HTMLParser):
    """What the standard library's parser reports, merged as ``tokens`` merges text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag))

    def handle_data(self, data: str) -> None:
        if self.events and self.events[-1][0] == "text":
            self.events[-1] = ("text", self.events[-1][1] + data)
        else:
            self.events.append(("text", data))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Zé>\"'\t\r\n\u00a0.:;-1"), max_size=60))
def test_plain_cells_come_out_as_the_parser_would_give_them(text: str) -> None:
    # sanitise and to_plain skip the HTML parser for text without tags or entities; what they
    # give must be what the parser gives (the same text whatever a cell holds).
    parser = _Sanitiser()
    parser.feed(text)
    parsed = re.sub(r"[ \t\r\n\u00a0]+", " ", parser.result()).strip()
    assert sanitise(text) == parsed
    reader = _Events()
    reader.feed(text)
    reader.close()
    read = "".join(value if kind == "text" else "\n" for kind, value in reader.events)
    lines = (re.sub(r"[ \t\r\n\u00a0]+", " ", line).strip() for line in read.split("\n"))
    assert to_plain(text) == "\n".join(line for line in lines if line)


_PIECES = ["<p>", "</p>", "<ol style='list-style-type:none'>", "<ul>", "</ol>", "</ul>", "<li>", "</li>", "<br/>",
           "<b>", "</i>", "<strong>", "<span class=x>", "<!-- note -->", "&amp;", "&lt;", "&nbsp;", "&#233;", "a < b",
           "1. KTP", " ", "\n", "Rp. 5.000,-", "<script>x<y</script>", "<P>", "&", "\"q\""]


def _plain_of(events: list[tuple[str, str]]) -> str:
    read = "".join(value if kind == "text" else "\n" for kind, value in events
                   if kind == "text" or (kind == "start" and value in {"p", "li", "br", "ol", "ul"}))
    lines = (re.sub(r"[ \t\r\n\u00a0]+", " ", line).strip() for line in read.split("\n"))
    return "\n".join(line for line in lines if line)


def _blocks_of(events: list[tuple[str, str]]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    open_blocks: list[str] = []
    buffer: list[str] = []
    for kind, value in [*events, ("end", "p")]:
        if kind == "text":
            buffer.append(value)
        elif value in {"p", "li", "ol", "ul"}:
            text = re.sub(r"\s+", " ", "".join(buffer)).strip()
            if text:
                found.append((open_blocks[-1] if open_blocks else "p", text))
            buffer.clear()
            if value in {"p", "li"}:
                if kind == "start":
                    open_blocks.append(value)
                elif open_blocks:
                    open_blocks.pop()
    return found


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_a_sanitised_fragment_reads_as_the_standard_parser_reads_it(pieces: list[str]) -> None:
    # to_plain and blocks read sanitised fragments with splits at the tags sanitise() writes;
    # what they give must be what reading the standard parser's events gives.
    fragment = sanitise("".join(pieces))
    reference = _Events()
    reference.feed(fragment)
    reference.close()
    assert to_plain(fragment) == _plain_of(reference.events)
    assert blocks(fragment) == _blocks_of(reference.events)


def _standard_sanitise(fragment: str) -> str:
    # The sanitiser as it was before it read plain markup itself: the standard library's parser
    # and a substitution for the spaces beside block tags.
    parser = _Sanitiser()
    parser.feed(fragment)
    text = re.sub(r"[ \t\r\n\u00a0]+", " ", parser.result())
    return re.sub(r"\s*(</?(?:p|ol|ul|li)(?: [^>]*)?>)\s*", r"\1", text).strip()


_MARKUP = [*_PIECES, '<OL STYLE="list-style-type: none">', "<ol style = 'list-style-type:none' class=a>",
           "<ol style=list-style-type:none>", "<li value=3>", "<br>", "<br />", "<BR/>", '<p class="a>b">', "<b/>",
           "</p >", "</LI>", "<3", "< p>", "<!DOCTYPE x>", "<?php x ?>", "&amp", "&#x41;", "&bogus;",
           "<style>p{}</style>", "<em>", "</strong>", "<ul hidden>", "<i title='&lt;x&gt;'>", "\u2003", "\x0c", "\t",
           "<ol style=\"color: red\">", "<p\nclass=x>", "<a href=/x/>", "</>"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_MARKUP), max_size=30))
def test_plain_markup_is_sanitised_as_the_standard_parser_would(pieces: list[str]) -> None:
    fragment = "".join(pieces)
    assert sanitise(fragment) == _standard_sanitise(fragment)


def test_published_cells_take_the_quick_reading() -> None:
    # What the bundled annex holds must not fall back to the slow parser (which would leave the
    # output right and the import several times slower, unseen by any other test).
    cells = [line.split("\t")[-1] for line in real_text().splitlines() if "\t" in line]
    marked = [cell for cell in cells if "<" in cell]
    assert len(marked) > 5
    for cell in marked:
        assert _read_plain_markup(cell, _Writer()), cell
