"""Find copied code: runs of at least N tokens that appear twice or more in the given folders.

    python tools/clones.py [--tokens 60] [--rename] [--skip FOLDER] [--fail] kiosk devices ui

Python files are read with :mod:`tokenize` (comments, docstrings, blank lines and import
statements left out, so a shared import block or two similar docstrings do not count); QML files
are cut into words, numbers, strings and punctuation the same way. ``--rename`` reads every name
as the same name (and every string or number as the same literal), which also finds copies whose
variables were renamed. Each clone is printed once, as its longest run, with both places and
their line ranges; ``--fail`` makes any clone an exit status of 1 (the test suite runs it so).
"""

from __future__ import annotations

import argparse
import io
import keyword
import re
import sys
import tokenize
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

_SKIP = {tokenize.COMMENT, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING,
         tokenize.ENDMARKER, tokenize.TYPE_COMMENT}
_QML_TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|[A-Za-z_][A-Za-z0-9_.]*|\d+(?:\.\d+)?|\S')
_QML_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)


@dataclass(frozen=True)
class Tokens:
    path: Path
    values: list[str]
    lines: list[int]


def _python(path: Path, rename: bool) -> Tokens:
    values: list[str] = []
    lines: list[int] = []
    statement_start = True
    skipping_import = False
    pending_string: tuple[str, int] | None = None
    source = path.read_text(encoding="utf-8")
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in _SKIP:
            continue
        if tok.type == tokenize.NEWLINE:
            skipping_import = False
            if pending_string is not None:  # a string that was a whole statement: a docstring
                pending_string = None
            statement_start = True
            continue
        if skipping_import:
            continue
        if statement_start and tok.type == tokenize.NAME and tok.string in ("import", "from"):
            skipping_import = True
            continue
        if statement_start and tok.type == tokenize.STRING:
            pending_string = (tok.string, tok.start[0])
            statement_start = False
            continue
        if pending_string is not None:  # the string went on into an expression: keep it
            values.append("S" if rename else pending_string[0])
            lines.append(pending_string[1])
            pending_string = None
        statement_start = False
        value = tok.string
        if tok.type == tokenize.NAME and rename and not keyword.iskeyword(value):
            value = "N"
        elif rename and tok.type == tokenize.STRING:
            value = "S"
        elif rename and tok.type == tokenize.NUMBER:
            value = "0"
        values.append(value)
        lines.append(tok.start[0])
    return Tokens(path, values, lines)


def _qml(path: Path, rename: bool) -> Tokens:
    source = _QML_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), path.read_text(encoding="utf-8"))
    values: list[str] = []
    lines: list[int] = []
    for number, line in enumerate(source.splitlines(), start=1):
        if line.lstrip().startswith("import "):
            continue
        for word in _QML_TOKEN.findall(line):
            if rename and word[0] in "\"'":
                word = "S"
            elif rename and word[0].isdigit():
                word = "0"
            elif rename and (word[0].isalpha() or word[0] == "_"):
                word = "N"
            values.append(word)
            lines.append(number)
    return Tokens(path, values, lines)


@dataclass(frozen=True)
class Clone:
    size: int
    a: Tokens
    a_start: int
    b: Tokens
    b_start: int

    def place(self, tokens: Tokens, start: int) -> str:
        return f"{tokens.path}:{tokens.lines[start]}-{tokens.lines[start + self.size - 1]}"

    def __str__(self) -> str:
        return f"{self.size} tokens  {self.place(self.a, self.a_start)}  ==  {self.place(self.b, self.b_start)}"


def find(files: list[Tokens], size: int) -> list[Clone]:
    """Every maximal run of >= size equal tokens seen in two places (each pair once)."""
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for f, tokens in enumerate(files):
        values = tokens.values
        for i in range(len(values) - size + 1):
            windows[tuple(values[i:i + size])].append((f, i))
    starts: set[tuple[int, int, int, int]] = set()
    for places in windows.values():
        if len(places) < 2:
            continue
        for x in range(len(places)):
            for y in range(x + 1, len(places)):
                (fa, ia), (fb, ib) = places[x], places[y]
                if fa == fb and abs(ia - ib) < size:
                    continue  # a run overlapping itself (a repeated pattern) is not a copy
                starts.add((fa, ia, fb, ib))
    clones: list[Clone] = []
    for fa, ia, fb, ib in sorted(starts):
        if (fa, ia - 1, fb, ib - 1) in starts:
            continue  # inside a longer run, reported from its start
        length = size
        while (fa, ia + length - size + 1, fb, ib + length - size + 1) in starts:
            length += 1
        clones.append(Clone(length, files[fa], ia, files[fb], ib))
    clones.sort(key=lambda c: -c.size)
    return clones


def read(folders: list[str], rename: bool, skip: tuple[str, ...] | list[str] = ()) -> list[Tokens]:
    files: list[Tokens] = []
    skipped = [Path(folder) for folder in skip]
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if any(path.is_relative_to(s) for s in skipped):
                continue
            if path.suffix == ".py":
                files.append(_python(path, rename))
            elif path.suffix == ".qml":
                files.append(_qml(path, rename))
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--tokens", type=int, default=60, help="shortest run that counts (default 60)")
    parser.add_argument("--rename", action="store_true", help="read every name as the same name")
    parser.add_argument("--skip", action="append", default=[], metavar="FOLDER",
                        help="leave this folder out (migrations: history is not changed)")
    parser.add_argument("--fail", action="store_true", help="exit status 1 when any clone is found")
    args = parser.parse_args(argv)
    clones = find(read(args.folders, args.rename, args.skip), args.tokens)
    for clone in clones:
        print(clone)
    print(f"{len(clones)} clone(s) of >= {args.tokens} tokens", file=sys.stderr)
    return 1 if clones and args.fail else 0


if __name__ == "__main__":
    sys.exit(main())
