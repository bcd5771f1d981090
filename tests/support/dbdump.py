"""A canonical text dump of every table, to prove an operation changed nothing."""

from __future__ import annotations

from sqlalchemy import MetaData, select

from kiosk.storage import Database


def dump(db: Database) -> str:
    meta = MetaData()
    lines: list[str] = []
    with db.read_engine.connect() as conn:
        meta.reflect(conn)
        for name in sorted(meta.tables):
            table = meta.tables[name]
            rows = conn.execute(select(table)).all()
            lines.append(f"## {name} ({len(rows)})")
            lines.extend(sorted(repr(tuple(row)) for row in rows))
    return "\n".join(lines)
