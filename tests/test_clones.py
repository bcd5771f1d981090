"""The copied-code check that CI runs over kiosk/, devices/ and ui/ (tools/clones.py): it finds a
function pasted into another module, finds a renamed copy only when asked to, and does not count
what modules may share (import blocks, docstrings)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BODY = '''
def total(rows, weights):
    result = 0
    for row in rows:
        if row.status == "served" and row.score is not None:
            result += weights.get(row.question, 1) * row.score
        elif row.status == "skipped":
            result -= 1
    return result / max(1, len(rows))
'''


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "tools" / "clones.py"), *args],
                          capture_output=True, text=True, check=False)


def test_a_pasted_function_is_found_with_both_places(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text('"""Module a."""\nimport os\n' + BODY, encoding="utf-8")
    (tmp_path / "b.py").write_text("x = 1\n\n" + BODY, encoding="utf-8")
    result = _run("--tokens", "40", "--fail", str(tmp_path))
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert f"{tmp_path / 'a.py'}:4-" in line and f"{tmp_path / 'b.py'}:4-" in line


def test_a_renamed_copy_is_found_only_when_names_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(BODY, encoding="utf-8")
    renamed = BODY.replace("total", "mean").replace("rows", "answers").replace("row", "answer")
    (tmp_path / "b.py").write_text(renamed, encoding="utf-8")
    assert _run("--tokens", "40", "--fail", str(tmp_path)).returncode == 0
    assert _run("--tokens", "40", "--rename", "--fail", str(tmp_path)).returncode == 1


def test_shared_imports_docstrings_and_skipped_folders_do_not_count(tmp_path: Path) -> None:
    header = '"""' + "The same long docstring, word for word, in both modules. " * 8 + '"""\n'
    imports = "".join(f"from package.module{i} import name{i}, other{i}\n" for i in range(12))
    (tmp_path / "a.py").write_text(header + imports + "A = 1\n", encoding="utf-8")
    (tmp_path / "b.py").write_text(header + imports + "B = 2\n", encoding="utf-8")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "c.py").write_text(BODY, encoding="utf-8")
    (tmp_path / "old" / "d.py").write_text(BODY, encoding="utf-8")
    assert _run("--tokens", "20", "--fail", "--skip", str(tmp_path / "old"), str(tmp_path)).returncode == 0
    assert _run("--tokens", "20", "--fail", str(tmp_path)).returncode == 1


def test_the_project_has_no_copied_code() -> None:
    """The gate itself: what CI runs (migrations are history and are not changed)."""
    result = _run("--skip", str(ROOT / "kiosk/storage/migrations"), "--fail",
                  str(ROOT / "kiosk"), str(ROOT / "devices"), str(ROOT / "ui"))
    assert result.returncode == 0, result.stdout
