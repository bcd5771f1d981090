"""Finding a monospace font for previews without naming any machine's font folder.

Pillow looks a bare file name up in the system font directories of Windows, macOS and Linux, so
only names are listed here; the first one installed wins, in the order a kiosk is likely to have
them. Pillow's built-in font is the last resort so a preview is always produced.
"""

from __future__ import annotations

import functools

from PIL import ImageFont

MONO_REGULAR = (
    "DejaVuSansMono.ttf",
    "consola.ttf",
    "LiberationMono-Regular.ttf",
    "cour.ttf",
    "Menlo.ttc",
)
MONO_BOLD = (
    "DejaVuSansMono-Bold.ttf",
    "consolab.ttf",
    "LiberationMono-Bold.ttf",
    "courbd.ttf",
    "Menlo.ttc",
)
SANS_REGULAR = ("DejaVuSans.ttf", "arial.ttf", "LiberationSans-Regular.ttf", "Helvetica.ttc")
SANS_BOLD = ("DejaVuSans-Bold.ttf", "arialbd.ttf", "LiberationSans-Bold.ttf", "Helvetica.ttc")

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@functools.lru_cache(maxsize=64)
def find_font(names: tuple[str, ...], size: int) -> Font:
    for name in names:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


@functools.lru_cache(maxsize=16)
def font_path(names: tuple[str, ...]) -> str | None:
    """The file of the first installed font of ``names`` (for libraries that need a path)."""
    for name in names:
        try:
            font = ImageFont.truetype(name, 10)
        except OSError:
            continue
        path = font.path
        return path if isinstance(path, str) else None
    return None


@functools.lru_cache(maxsize=16)
def mono_font_for_cell(cell_width: int, cell_height: int, bold: bool) -> Font:
    """The largest monospace font whose glyphs fit a printer's character cell."""
    names = MONO_BOLD if bold else MONO_REGULAR
    size = cell_height
    while size > 6:
        font = find_font(names, size)
        _left, top, _right, bottom = font.getbbox("MgÁ|")
        if font.getlength("M") <= cell_width and bottom - min(top, 0) <= cell_height:
            return font
        size -= 1
    return find_font(names, size)
