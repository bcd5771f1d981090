"""Import problems, reported the way compilers do: ``FILE:LINE: message``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str  # English, as the command line prints it
    message_id: str = ""  # the same in Indonesian, for the console

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"

    def in_language(self, language: str) -> str:
        text = self.message_id if language == "id" and self.message_id else self.message
        return f"{self.file}:{self.line}: {text}"


class CatalogImportError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
