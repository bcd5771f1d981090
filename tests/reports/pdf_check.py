"""Looking at a report PDF the way a reader would: its text, and every page as a picture."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image


def pdf_text(path: Path) -> str:
    """The text a reader sees, in reading order, with runs of spaces collapsed."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return "\n".join(" ".join(line.split()) for line in out.stdout.splitlines())


def render_pages(path: Path, folder: Path) -> list[Path]:
    """Every page at 60 dpi as PNG (``pdftoppm -r 60 -png``); each must show something."""
    folder.mkdir(parents=True, exist_ok=True)
    prefix = folder / path.stem
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(prefix)], check=True)
    pages = sorted(folder.glob(f"{path.stem}-*.png"))
    for page in pages:
        with Image.open(page) as image:
            assert image.size[0] < image.size[1], f"{page.name} is not portrait"
            grey = image.convert("L")
            dark = sum(grey.histogram()[:128])
            assert dark > 500, f"{page.name} looks blank"
    return pages


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo printed no page count")


def page_size_mm(path: Path) -> tuple[float, float]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Page size:"):
            parts = line.split()
            return round(float(parts[2]) * 25.4 / 72), round(float(parts[4]) * 25.4 / 72)
    raise AssertionError("pdfinfo printed no page size")
