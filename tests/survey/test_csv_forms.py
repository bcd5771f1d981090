"""Reading paper forms from CSV: what an office clerk types, and every mistake named by line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.survey.csv_io import COLUMNS, SurveyImportError, read_forms

HEADER = ",".join(COLUMNS)
NOW = datetime(2026, 12, 31, 10, 0, tzinfo=UTC)


def read(text: str, *, encoding: str = "utf-8") -> list:  # type: ignore[type-arg]
    return read_forms(text.encode(encoding), "forms.csv", timezone="Asia/Jakarta", now=NOW)


def problems(text: str) -> list[str]:
    with pytest.raises(SurveyImportError) as caught:
        read(text)
    return [str(p) for p in caught.value.problems]


def test_a_full_form_and_a_form_with_skipped_elements() -> None:
    forms = read(
        f"{HEADER}\n"
        "2026-11-24 09:15,50,4,3,3,4,3,4,4,3,4,35,L,S1,wirausaha,Antrean cepat\n"
        "2026-11-24,50,4,4,,4,4,4,4,4,,20-29,p,,,\n"
    )
    assert len(forms) == 2
    first, second = forms
    assert first.submitted_at == datetime(2026, 11, 24, 2, 15, tzinfo=UTC)  # 09.15 WIB
    assert first.service == 50
    assert first.scores["u2"] == 3
    # Age in years becomes its band; what people write on paper maps to the form's categories.
    assert first.profile == {"umur": "30-39", "jenis_kelamin": "L", "pendidikan": "D4-S1", "pekerjaan": "WIRAUSAHA"}
    assert first.suggestion == "Antrean cepat"
    assert second.scores["u3"] is None and second.scores["u9"] is None
    assert second.profile == {"umur": "20-29", "jenis_kelamin": "P", "pendidikan": None, "pekerjaan": None}
    assert second.suggestion is None


def test_semicolons_day_first_dates_and_the_windows_code_page_are_read() -> None:
    text = (
        ";".join(COLUMNS) + "\r\n"
        "24/11/2026 14.05;50;4;4;4;4;4;4;4;4;4;60 tahun ke atas;Perempuan;S2+;PNS;Petugas ramah – terima kasih\r\n"
    )
    [form] = read(text, encoding="cp1252")
    assert form.submitted_at == datetime(2026, 11, 24, 7, 5, tzinfo=UTC)
    assert form.profile["umur"] == "60+"
    assert form.suggestion == "Petugas ramah – terima kasih"


def test_every_bad_row_is_named_by_its_line_in_the_file() -> None:
    found = problems(
        f"{HEADER}\n"
        "2026-11-24 09:15,50,4,3,3,4,3,4,4,3,4,,,,,\n"  # line 2: fine
        "2026-11-24 09:15,50,5,3,3,4,3,4,4,3,4,,,,,\n"  # line 3: score 5
        '2026-11-24 09:15,50,4,3,3,4,3,4,4,3,4,,,,,"two\nlines"\n'  # lines 4-5: fine
        "2026-13-24 09:15,50,4,3,3,4,3,4,4,3,4,,,,,\n"  # line 6: month 13
        "2026-11-24 09:15,lima puluh,4,3,3,4,3,4,4,3,4,,,,,\n"  # line 7
        "2026-11-24 09:15,50,,,,,,,,,,,,,,\n"  # line 8: nothing answered
        "2026-11-24 09:15,50,4,3,3,4,3,4,4,3,4,,X,,,\n"  # line 9: sex X
        "2027-01-02 09:15,50,4,3,3,4,3,4,4,3,4,,,,,\n"  # line 10: future
        "2026-11-24 09:15,50,4,3,3\n"  # line 11: short row
    )
    assert [f.split(": ", 1)[0] for f in found] == [f"forms.csv:{n}" for n in (3, 6, 7, 8, 9, 10, 11)]
    assert "u1 '5' is not an answer" in found[0]
    assert "submitted_at '2026-13-24 09:15'" in found[1]
    assert "service 'lima puluh'" in found[2]
    assert "no element is answered" in found[3]
    assert "jenis_kelamin 'X' is not one of L, P" in found[4]
    assert "in the future" in found[5]
    assert "5 fields, expected 16" in found[6]


def test_a_wrong_header_is_reported_on_line_1() -> None:
    [found] = problems("tanggal,layanan,u1\n2026-11-24,50,4\n")
    assert found.startswith("forms.csv:1: header must be exactly submitted_at,service,u1")
    assert "missing submitted_at" in found and "unknown 'tanggal'" in found
    [empty] = problems("")
    assert empty == "forms.csv:1: the file is empty; expected a header row"
    [only_header] = problems(HEADER + "\n")
    assert "no forms in the file" in only_header


def test_age_in_years_outside_the_plausible_range_is_refused() -> None:
    [found] = problems(f"{HEADER}\n2026-11-24,50,4,4,4,4,4,4,4,4,4,7,,,,\n")
    assert found == "forms.csv:2: umur 7 is outside 10-120 years"
