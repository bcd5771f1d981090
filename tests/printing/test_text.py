"""What reaches the paper: plain ASCII that says the same thing, wrapped to the roll."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from devices.printing.decode import decode
from devices.printing.profiles import get_profile
from devices.printing.render_escpos import render
from devices.printing.text import normalise, wrap, wrap_balanced
from kiosk.receipts.document import Document, Text


def test_typographic_characters_become_their_plain_equivalents() -> None:
    source = "“Surat Izin” – ‘sah’ — Rp 0\u00a0(gratis)… Jl.\u202fMerdeka №\u00a05 • 2×3 ½"
    assert normalise(source) == '"Surat Izin" - \'sah\' - Rp 0 (gratis)... Jl. Merdeka No. 5 * 2x3 1/2'


def test_accented_and_foreign_letters_lose_only_their_accents() -> None:
    assert normalise("Café Kopi Sejahtéra, Müller, Straße, Øresund, Łódź, ﬁle") == (
        "Cafe Kopi Sejahtera, Muller, Strasse, Oresund, Lodz, file"
    )


def test_characters_without_an_equivalent_are_dropped_never_question_marks() -> None:
    result = normalise("Antrean 🙂 A-001 平安 ✓ selesai")
    assert "?" not in result
    assert result == "Antrean A-001 selesai"


def test_control_bytes_in_text_never_become_printer_commands() -> None:
    # A cut (GS V) and an initialise (ESC @) smuggled into a service title.
    hostile = "Layanan\x1dV\x00 Izin\x1b@ Usaha\x10\x04\x01"
    document = Document((Text(hostile),), title="x")
    data = render(document, get_profile("generic-80"))
    decoded = decode(data, get_profile("generic-80"))
    assert decoded.lines() == ["LayananV Izin@ Usaha"]
    assert decoded.cuts() == [] and decoded.problems == []


def test_wrap_fits_columns_and_keeps_words_whole() -> None:
    text = "Perizinan Berusaha Berbasis Risiko untuk usaha mikro dan kecil"
    lines = wrap(text, 32)
    assert lines == ["Perizinan Berusaha Berbasis", "Risiko untuk usaha mikro dan", "kecil"]
    assert all(len(line) <= 32 for line in lines)


def test_wrap_keeps_explicit_lines_and_blank_lines() -> None:
    assert wrap("Baris satu\n\nBaris tiga", 32) == ["Baris satu", "", "Baris tiga"]


def test_wrap_hanging_indent_lines_up_list_items() -> None:
    lines = wrap("2. Akta pendirian perusahaan dan SK pengesahan Kemenkumham", 32, indent=3)
    assert lines == ["2. Akta pendirian perusahaan dan", "   SK pengesahan Kemenkumham"]


def test_wrap_splits_a_word_longer_than_the_line() -> None:
    url = "https://mpp.purwakartakab.go.id/layanan/perizinan-berusaha"
    assert wrap(url, 32) == [url[:32], url[32:]]


def test_balanced_wrap_avoids_an_orphan_last_word() -> None:
    text = "Jl. Jenderal Sudirman, Nagrikaler, Purwakarta 41115"
    assert wrap(text, 48)[-1] == "41115"
    assert wrap_balanced(text, 48) == ["Jl. Jenderal Sudirman,", "Nagrikaler, Purwakarta 41115"]


@given(st.text(max_size=200))
def test_normalised_text_is_printable_ascii_without_invented_question_marks(text: str) -> None:
    result = normalise(text)
    assert all(c == "\n" or " " <= c <= "~" for c in result)
    # Only question marks the text really had (also as compatibility forms such as U+FF1F).
    assert result.count("?") <= unicodedata.normalize("NFKD", text).count("?")


@given(st.text(min_size=1, max_size=300), st.integers(min_value=8, max_value=48))
def test_wrapped_lines_never_exceed_the_columns(text: str, columns: int) -> None:
    for line in wrap(normalise(text), columns):
        assert len(line) <= columns


@given(st.text(max_size=120), st.sampled_from(["generic-58", "generic-80", "generic-80-42"]),
       st.sampled_from(["left", "center", "right"]), st.integers(min_value=1, max_value=4))
def test_any_text_reaches_the_paper_complete_and_within_the_width(
    text: str, profile: str, align: str, size: int
) -> None:
    printer = get_profile(profile)
    block = Text(text, align=align, size=(size, size))  # type: ignore[arg-type]
    decoded = decode(render(Document((block,), title="t"), printer), printer)
    assert decoded.problems == []
    printed = "".join(line.text for line in decoded.text_lines())
    assert printed.replace(" ", "") == normalise(text).replace(" ", "").replace("\n", "")
    for line in decoded.text_lines():
        assert len(line.text) * line.size[0] <= printer.columns
