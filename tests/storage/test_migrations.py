"""Migrations bring an empty database, or one at the previous revision, to the newest schema."""

from __future__ import annotations

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from kiosk.storage import Database
from kiosk.storage.migrate import alembic_config, current_revision, head_revision, upgrade
from kiosk.storage.models import Base
from tests.support.cli import Cli


def _revisions(db: Database) -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(db))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_empty_database_upgrades_to_head_with_every_table(db_url: str) -> None:
    db = Database(db_url)
    assert current_revision(db) is None  # never set up
    upgrade(db)
    # The start-up check reads the files itself (no Alembic import); it must name Alembic's head.
    assert head_revision() == ScriptDirectory.from_config(alembic_config(db)).get_current_head()
    assert current_revision(db) == head_revision() == _revisions(db)[-1]
    with db.read_engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert set(Base.metadata.tables) <= tables
    db.dispose()


def test_previous_revision_upgrades_and_keeps_its_data(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = Database(db_url)
    revisions = _revisions(db)
    previous = revisions[-2] if len(revisions) > 1 else revisions[0]
    upgrade(db, previous)
    with db.write() as session:
        session.execute(
            text(
                "INSERT INTO service (number, title, active, is_demo, current_version) "
                "VALUES (7, 'Layanan lama', true, false, 0)"
            )
        )
    upgrade(db)
    assert current_revision(db) == head_revision()
    with db.read() as session:
        assert session.execute(text("SELECT title FROM service WHERE number = 7")).scalar() == "Layanan lama"
    db.dispose()
    # Every command works on the upgraded database.
    cli = Cli(tmp_path / "c.toml", db_url)
    cli.ok("init")
    assert {s["number"] for s in cli.ok("catalog", "list", "--json").json()} == {7, 50}


def test_models_and_migrations_agree(db: Database) -> None:
    """A model change without a migration would break every terminal at the next start."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.read_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_0006_chains_the_audit_entries_already_written_and_keeps_them_append_only(db_url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from kiosk.audit.chain import verify

    db = Database(db_url)
    try:
        upgrade(db, "0005")
        with db.engine.begin() as conn:
            for n in range(3):
                conn.execute(text("INSERT INTO audit_entry (at, actor, actor_role, terminal, counter, action, subject, "
                                  "detail) VALUES (:at, 'cli', 'administrator', 'pc', NULL, 'staff.add', :s, '{}')"),
                             {"at": f"2026-11-2{n} 09:00:00", "s": f"officer:X{n}"})
        upgrade(db)
        report = verify(db)
        assert report.ok and report.entries == 3
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry"))
    finally:
        db.dispose()
