"""The nine SKM elements as the survey terminal shows them."""

from __future__ import annotations

import pytest

from kiosk.survey import ELEMENT_KEYS, ELEMENTS, element

# PermenPANRB 14/2017 labels, score 1 to score 4.
EXPECTED_ID = {
    "u1": ("Persyaratan", ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")),
    "u2": (
        "Sistem, mekanisme, prosedur",
        ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
    ),
    "u3": ("Waktu penyelesaian", ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat")),
    "u4": ("Biaya/tarif", ("Sangat mahal", "Cukup mahal", "Murah", "Gratis")),
    "u5": (
        "Produk spesifikasi jenis pelayanan",
        ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ),
    "u6": (
        "Kompetensi pelaksana",
        ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
    ),
    "u7": (
        "Perilaku pelaksana",
        (
            "Tidak sopan dan ramah",
            "Kurang sopan dan ramah",
            "Sopan dan ramah",
            "Sangat sopan dan ramah",
        ),
    ),
    "u8": ("Sarana dan prasarana", ("Buruk", "Cukup", "Baik", "Sangat baik")),
    "u9": (
        "Penanganan pengaduan, saran dan masukan",
        (
            "Tidak ada",
            "Ada tetapi tidak berfungsi",
            "Berfungsi kurang maksimal",
            "Dikelola dengan baik",
        ),
    ),
}


def test_nine_elements_in_regulation_order() -> None:
    assert tuple(f"u{i}" for i in range(1, 10)) == ELEMENT_KEYS
    assert [e.number for e in ELEMENTS] == list(range(1, 10))


@pytest.mark.parametrize("key", sorted(EXPECTED_ID))
def test_names_and_answer_labels_follow_the_regulation(key: str) -> None:
    name, answers = EXPECTED_ID[key]
    e = element(key)
    assert e.name_id == name
    assert e.answers_id == answers
    assert [e.answer_id(score) for score in (1, 2, 3, 4)] == list(answers)


def test_every_element_has_a_formal_question_and_english_text() -> None:
    for e in ELEMENTS:
        assert e.question_id.startswith("Bagaimana pendapat Anda tentang ")
        assert e.question_id.endswith("?")
        assert e.question_en.endswith("?")
        assert e.name_en
        assert len(set(e.answers_en)) == 4
        assert all(label for label in e.answers_en)


def test_fee_element_reads_gratis_for_the_top_score() -> None:
    assert element("u4").answer_id(4) == "Gratis"
    assert element("u4").answer_en(4) == "Free"


@pytest.mark.parametrize("score", [0, 5, -1, True])
def test_a_score_outside_one_to_four_has_no_label(score: int) -> None:
    with pytest.raises(ValueError, match="1, 2, 3 or 4"):
        element("u1").answer_id(score)


def test_unknown_element_key_is_refused() -> None:
    with pytest.raises(KeyError):
        element("u10")
