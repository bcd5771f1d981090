"""The same limits on both databases, checked before anything is sent.

SQLite stores a 500-character name in a ``VARCHAR(120)`` column and a 40-bit number in an
``INTEGER`` one; PostgreSQL refuses both, and SQLite itself fails on integers past 2**63 while
PostgreSQL compares them happily. Checking here makes a too-long name or a huge number the same
clear refusal (:class:`~kiosk.faults.InputOutOfRange`) on every installation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import BigInteger, Engine, Integer, String, event
from sqlalchemy.orm import Mapper

from kiosk.faults import InputOutOfRange
from kiosk.storage.base import Base

INT64 = (-(2**63), 2**63 - 1)
INT32 = (-(2**31), 2**31 - 1)


def _check_value(value: Any, where: str) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and not INT64[0] <= value <= INT64[1]:
        raise InputOutOfRange(f"{where}: {str(value)[:30]}… is too large a number")


# Parameters that cannot be an out-of-range integer: skipped by their exact type, because this
# runs for every value of every statement (a 500-service import sends 150,000 of them).
_PLAIN = frozenset({str, float, bool, bytes, type(None)})


def _check_parameters(parameters: Any, where: str = "value") -> None:
    if isinstance(parameters, Mapping):
        for key, value in parameters.items():
            if type(value) not in _PLAIN:
                _check_value(value, str(key))
    elif isinstance(parameters, (list, tuple)):
        for value in parameters:
            kind = type(value)
            if kind is int:
                if not INT64[0] <= value <= INT64[1]:
                    _check_value(value, where)
            elif kind not in _PLAIN:
                if isinstance(value, (Mapping, list, tuple)):
                    _check_parameters(value)
                else:
                    _check_value(value, where)


def _before_cursor_execute(_conn: Any, _cursor: Any, _statement: str, parameters: Any, _context: Any,
                           _executemany: bool) -> None:
    _check_parameters(parameters)


def guard_engine(engine: Engine) -> None:
    event.listen(engine, "before_cursor_execute", _before_cursor_execute)


def _check_column(column: Any, value: Any) -> None:
    if value is None:
        return
    kind = column.type
    if isinstance(kind, String) and kind.length is not None and isinstance(value, str) and len(value) > kind.length:
        raise InputOutOfRange(f"{column.table.name}.{column.name}: at most {kind.length} characters "
                              f"(got {len(value)})")
    if isinstance(kind, Integer) and isinstance(value, int) and not isinstance(value, bool):
        low, high = INT64 if isinstance(kind, BigInteger) else INT32
        if not low <= value <= high:
            raise InputOutOfRange(f"{column.table.name}.{column.name}: {str(value)[:30]} is out of range")


def _check_row(mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    for column in mapper.columns:
        _check_column(column, getattr(target, column.key, None) if column.key in mapper.attrs else None)


def check_rows(model: type[Base], rows: list[dict[str, Any]]) -> None:
    """The same checks for rows written in bulk (``insert(model)`` with a list of dicts), which
    bypass the per-object events above: column by column, so a long import checks in one pass
    per column what row by row cost as much as writing it."""
    keys = set().union(*rows) if rows else set()
    for column in model.__mapper__.columns:
        if column.key not in keys:
            continue
        kind = column.type
        values = [row[column.key] for row in rows if column.key in row]
        if isinstance(kind, String) and kind.length is not None:
            texts = [value for value in values if isinstance(value, str)]
            if texts:
                _check_column(column, max(texts, key=len))
        elif isinstance(kind, Integer):
            numbers = [value for value in values if isinstance(value, int) and not isinstance(value, bool)]
            if numbers:
                _check_column(column, min(numbers))
                _check_column(column, max(numbers))


def _install(classes: Iterable[str]) -> None:
    for name in classes:
        event.listen(Base, name, _check_row, propagate=True)


_install(("before_insert", "before_update"))
