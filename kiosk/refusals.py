"""The one shape every refusal of the rules takes, whichever part of the core refuses.

A refusal is not a fault: the request was understood and the rules say no (a finished ticket
cannot be transferred, an officer may not unlock, a file is incomplete). Each carries a stable
``code`` for programs (the CLI's ``--json`` error object, the screens' choice of what to do next)
and the sentence in Indonesian and English, so no screen ever shows an English-only refusal to
an Indonesian desk. The CLI reports every refusal with exit status 2.
"""

from __future__ import annotations

REFUSED_STATUS = 2


class Refused(Exception):
    code = "refused"

    def __init__(self, message_id: str, message_en: str, *, code: str | None = None) -> None:
        super().__init__(f"{message_id} / {message_en}")
        self.message_id = message_id
        self.message_en = message_en
        if code is not None:
            self.code = code
