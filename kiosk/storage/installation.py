"""The installation's own random identity, created with its database.

Ticket tokens are signed with a key derived from the configured secret *and* this identity, so a
database created again (a reinstall, a test run against the live config, a second hall copying
the config file) never issues a token that the old one, or its printed tickets, would accept,
even though ticket ids start again at 1 with the same secret. A restored backup keeps its
identity, and with it every token already printed.
"""

from __future__ import annotations

from datetime import datetime
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.faults import NotSetUp
from kiosk.storage.base import Base, UtcDateTime

SINGLE_ROW = 1


class Installation(Base):
    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


# One read per engine: the identity never changes while a database exists, and signing runs on
# every ticket view. Keyed weakly so a disposed engine (a test's, a restored file's) is forgotten.
_known: WeakKeyDictionary[Engine, str] = WeakKeyDictionary()


def installation_key(session: Session) -> str:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    key = _known.get(engine)
    if key is None:
        key = session.scalar(select(Installation.key).where(Installation.id == SINGLE_ROW))
        if key is None:
            # The migration writes the row; without it no token can be signed or trusted.
            raise NotSetUp("the installation identity is missing from the database")
        _known[engine] = key
    return key


def forget(*engines: Engine) -> None:
    """After a restore replaced the database under running engines."""
    for engine in engines:
        _known.pop(engine, None)
