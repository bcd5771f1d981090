"""The checklist screen and the result screen: answers per requirement and what they add up to."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.checklist import Checklist, Outcome, Requirement, Verdict
from ui.common.guard import contained
from ui.common.language import Language
from ui.common.rows import RowsModel
from ui.common.viewmodel import ErrorSink, ViewModel


class ChecklistAnswers(ViewModel):
    changed = Signal()

    def __init__(self, on_error: ErrorSink | None = None, parent: QObject | None = None) -> None:
        super().__init__(on_error, parent)
        self._checklist = Checklist(())
        self._items = RowsModel(("key", "group", "text", "answer", "firstOfGroup", "condition"), self)

    def start(self, requirements: tuple[Requirement, ...]) -> None:
        self._checklist = Checklist(requirements)
        rows = []
        previous: str | None = None
        for r in requirements:
            first = r.group != previous
            rows.append({"key": r.key, "group": r.group or "", "text": r.text, "answer": "", "firstOfGroup": first,
                         "condition": r.nature == "condition"})
            previous = r.group
        self._items.set_rows(rows)
        self.changed.emit()

    @property
    def checklist(self) -> Checklist:
        return self._checklist

    def _get_items(self) -> RowsModel:
        return self._items

    def _answered(self) -> int:
        return self._checklist.answered

    def _total(self) -> int:
        return self._checklist.total

    items = Property(QObject, _get_items, constant=True)
    answered = Property(int, _answered, notify=changed)
    total = Property(int, _total, notify=changed)

    @Slot(int, str)
    @contained
    def answer(self, key: int, value: str) -> None:
        self._checklist.answer(key, value)
        self._items.update_where("key", key, {"answer": self._checklist.answer_of(key) or ""})
        self.changed.emit()

    def all_present(self) -> None:
        self._checklist.all_present()
        for r in self._checklist.requirements:
            self._items.update_where("key", r.key, {"answer": self._checklist.answer_of(r.key) or ""})
        self.changed.emit()

    def answers(self) -> dict[int, str]:
        found = {r.key: self._checklist.answer_of(r.key) for r in self._checklist.requirements}
        return {key: answer.value for key, answer in found.items() if answer is not None}

    def verdict(self) -> Verdict:
        return self._checklist.verdict()


class ResultView(QObject):
    """The verdict as the result screen lists it, and the printed list of missing papers."""

    changed = Signal()

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        language.codeChanged.connect(self.changed)
        self._verdict: Verdict | None = None
        self._missing = RowsModel(("key", "label"), self)
        self._unsure = RowsModel(("key", "label"), self)
        self._receipt = "none"  # none | printing | printed | failed
        self._receipt_message = ("", "")

    def show(self, verdict: Verdict | None) -> None:
        self._verdict = verdict
        self._missing.set_rows({"key": r.key, "label": r.text} for r in (verdict.missing if verdict else ()))
        self._unsure.set_rows({"key": r.key, "label": r.text} for r in (verdict.unsure if verdict else ()))
        self.set_receipt("none")

    @property
    def verdict(self) -> Verdict | None:
        return self._verdict

    def set_receipt(self, state: str, message: tuple[str, str] = ("", "")) -> None:
        self._receipt, self._receipt_message = state, message
        self.changed.emit()

    def _get_receipt_message(self) -> str:
        return self._receipt_message[1] if self._language.current == "en" else self._receipt_message[0]

    def _outcome(self) -> str:
        return self._verdict.outcome.value if self._verdict else ""

    def _ready(self) -> bool:
        return self._verdict is not None and self._verdict.outcome is Outcome.READY

    def _get_missing(self) -> RowsModel:
        return self._missing

    def _get_unsure(self) -> RowsModel:
        return self._unsure

    def _receipt_state(self) -> str:
        return self._receipt

    # One line each, for spoken guidance and screen readers (the lists are read, not scanned).
    def _missing_text(self) -> str:
        return "; ".join(r.text for r in self._verdict.missing) if self._verdict else ""

    def _unsure_text(self) -> str:
        return "; ".join(r.text for r in self._verdict.unsure) if self._verdict else ""

    @property
    def receipt_state(self) -> str:
        return self._receipt

    outcome = Property(str, _outcome, notify=changed)
    ready = Property(bool, _ready, notify=changed)
    missing = Property(QObject, _get_missing, constant=True)
    unsure = Property(QObject, _get_unsure, constant=True)
    receipt = Property(str, _receipt_state, notify=changed)
    missingText = Property(str, _missing_text, notify=changed)
    unsureText = Property(str, _unsure_text, notify=changed)
    receiptMessage = Property(str, _get_receipt_message, notify=changed)
