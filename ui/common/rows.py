"""A list model for QML built from plain dicts: one role per key.

View-models fill it with rows they computed from the domain core; QML delegates read the keys
as roles (``model.title``). Changing one row's value notifies only that row.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

_FIRST_ROLE = int(Qt.ItemDataRole.UserRole) + 1

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractListModel):
    countChanged = Signal()

    def __init__(self, roles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roles = tuple(roles)
        self._numbers = {name: _FIRST_ROLE + i for i, name in enumerate(self._roles)}
        self._rows: list[dict[str, Any]] = []

    def roleNames(self) -> dict[int, QByteArray]:
        return {number: QByteArray(name.encode()) for name, number in self._numbers.items()}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = int(Qt.ItemDataRole.DisplayRole)) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == int(Qt.ItemDataRole.DisplayRole):
            return row.get(self._roles[0])
        for name, number in self._numbers.items():
            if number == role:
                return row.get(name)
        return None

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)

    def set_rows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Replace the rows, telling views only what was removed and inserted.

        A reset would make a view drop and rebuild every delegate, and a reset while a view is
        still creating delegates in the background makes Qt warn ("DelegateModel::cancel: index
        out range"); removing and inserting just the rows that changed avoids both.
        """
        new = [{name: row.get(name) for name in self._roles} for row in rows]
        if new and [r.get("key") for r in new] == [r.get("key") for r in self._rows] and "key" in self._roles:
            # The same choices in another language: changed in place, so a combo box keeps its
            # current choice instead of losing it with a removed row.
            self._rows = new
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, 0))
            return
        before = len(self._rows)
        key = self._key
        matcher = difflib.SequenceMatcher(None, [key(r) for r in self._rows], [key(r) for r in new], autojunk=False)
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self._rows[i1:i2]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
                self._rows[i1:i1] = new[j1:j2]
                self.endInsertRows()
        if len(self._rows) != before:
            self.countChanged.emit()

    @staticmethod
    def _key(row: Mapping[str, Any]) -> tuple[str, ...]:
        return tuple(repr(value) for value in row.values())

    def rows(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows]

    def update_where(self, key: str, value: Any, changes: Mapping[str, Any]) -> None:
        for number, row in enumerate(self._rows):
            if row.get(key) == value:
                row.update({k: v for k, v in changes.items() if k in self._numbers})
                index = self.index(number, 0)
                self.dataChanged.emit(index, index, [self._numbers[k] for k in changes if k in self._numbers])
