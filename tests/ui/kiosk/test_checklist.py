"""The checklist rule: what the kiosk tells an applicant about their papers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.catalog.views import ItemView
from kiosk.checklist import Answer, Checklist, Outcome, Requirement, evaluate, requirements_from

ITEMS = requirements_from(
    [
        ItemView("Persyaratan Umum", 1, "KTP pemohon"),
        ItemView("Persyaratan Umum", 2, "NPWP"),
        ItemView("Persyaratan Khusus", 3, "Surat keterangan domisili usaha"),
    ]
)


def test_everything_present_is_ready() -> None:
    verdict = evaluate(ITEMS, {1: "ada", 2: "ada", 3: "ada"})
    assert verdict.outcome is Outcome.READY and verdict.ready
    assert verdict.missing == () and verdict.unsure == ()


def test_a_missing_paper_is_listed_by_its_text() -> None:
    verdict = evaluate(ITEMS, {1: "ada", 2: "belum", 3: "ada"})
    assert verdict.outcome is Outcome.MISSING
    assert [r.text for r in verdict.missing] == ["NPWP"]


def test_missing_outweighs_unsure_and_both_are_listed() -> None:
    verdict = evaluate(ITEMS, {1: "tidak_tahu", 2: "belum", 3: "ada"})
    assert verdict.outcome is Outcome.MISSING
    assert [r.key for r in verdict.missing] == [2]
    assert [r.key for r in verdict.unsure] == [1]


def test_not_sure_means_see_an_officer() -> None:
    verdict = evaluate(ITEMS, {1: "ada", 2: "ada", 3: "tidak_tahu"})
    assert verdict.outcome is Outcome.UNSURE
    assert [r.text for r in verdict.unsure] == ["Surat keterangan domisili usaha"]


def test_an_unanswered_question_is_never_taken_as_present() -> None:
    verdict = evaluate(ITEMS, {1: "ada", 2: "ada"})
    assert verdict.outcome is Outcome.UNSURE
    assert [r.key for r in verdict.unanswered] == [3]
    assert [r.key for r in verdict.unsure] == [3]


def test_a_service_without_requirements_is_ready() -> None:
    assert evaluate((), {}).outcome is Outcome.READY


def test_unknown_answers_and_foreign_questions_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown answer 'maybe'"):
        evaluate(ITEMS, {1: "maybe"})
    with pytest.raises(KeyError, match="not asked"):
        evaluate(ITEMS, {9: "ada"})


def test_answers_can_be_changed_one_tap_at_a_time() -> None:
    checklist = Checklist(ITEMS)
    checklist.answer(2, Answer.BELUM)
    assert checklist.has_doubts
    checklist.answer(2, "ada")
    assert not checklist.has_doubts
    checklist.clear(2)
    assert checklist.answer_of(2) is None


def test_i_have_everything_keeps_an_earlier_not_yet() -> None:
    checklist = Checklist(ITEMS)
    checklist.answer(3, "belum")
    checklist.all_present()
    verdict = checklist.verdict()
    assert verdict.outcome is Outcome.MISSING
    assert [r.key for r in verdict.missing] == [3]
    assert checklist.answered == checklist.total == 3


def test_requirement_keys_must_be_unique() -> None:
    with pytest.raises(ValueError, match="unique"):
        Checklist([Requirement(1, None, "a"), Requirement(1, None, "b")])


answers = st.dictionaries(st.sampled_from([1, 2, 3]), st.sampled_from(list(Answer)))


@given(answers)
def test_the_verdict_partitions_the_requirements(given_answers: dict[int, Answer]) -> None:
    verdict = evaluate(ITEMS, given_answers)
    missing = {r.key for r in verdict.missing}
    unsure = {r.key for r in verdict.unsure}
    present = {k for k, a in given_answers.items() if a is Answer.ADA}
    assert missing | unsure | present == {1, 2, 3}
    assert not (missing & unsure) and not (missing & present) and not (unsure & present)
    assert (verdict.outcome is Outcome.READY) == (present == {1, 2, 3})
    assert (verdict.outcome is Outcome.MISSING) == bool(missing)
