"""Read ESC/POS bytes back into what a printer would do with them.

The virtual printer draws its preview from these events, and tests use them to check what
actually arrived at a printer: the text lines with their style, QR payloads, raster images and
cuts. Anything a given profile would not understand (an unknown command, a QR command sent to a
printer without native QR, a non-ASCII byte) is reported as a :class:`Problem` with its offset,
not silently skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeAlias

from PIL import Image

from devices.printing import escpos
from devices.printing.profiles import PrinterProfile
from kiosk.receipts.document import Align

ALL_COMMANDS = frozenset(
    {"LF", "ESC @", "ESC a", "ESC E", "GS !", "ESC d", "ESC t", "GS V", "GS ( k", "GS v 0",
     "DLE EOT"}
)
_ALIGN_BY_CODE: dict[int, Align] = {0: "left", 1: "center", 2: "right", 48: "left",
                                    49: "center", 50: "right"}
_EC_BY_CODE = {48: "L", 49: "M", 50: "Q", 51: "H"}


def command_set(profile: PrinterProfile | None) -> frozenset[str]:
    """The commands a profile's printer understands (all of them when no profile is given)."""
    if profile is None:
        return ALL_COMMANDS
    missing = set()
    if not profile.cutter:
        missing.add("GS V")
    if not profile.native_qr:
        missing.add("GS ( k")
    return ALL_COMMANDS - missing


@dataclass(frozen=True)
class TextLine:
    text: str
    align: Align
    bold: bool
    size: tuple[int, int]
    offset: int
    terminated: bool = True


@dataclass(frozen=True)
class FeedLines:
    lines: int
    offset: int


@dataclass(frozen=True)
class QrCode:
    data: bytes
    module_dots: int
    error_correction: str
    model: int
    align: Align
    offset: int

    @property
    def payload(self) -> str:
        return self.data.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class RasterImage:
    image: Image.Image
    align: Align
    mode: int
    offset: int


@dataclass(frozen=True)
class CutPaper:
    partial: bool
    feed: int | None
    offset: int


@dataclass(frozen=True)
class Initialize:
    offset: int


@dataclass(frozen=True)
class StatusRequest:
    n: int
    offset: int


@dataclass(frozen=True)
class CodePage:
    page: int
    offset: int


@dataclass(frozen=True)
class Problem:
    offset: int
    data: bytes
    reason: str

    def __str__(self) -> str:
        return f"offset {self.offset}: {self.data.hex(' ')} - {self.reason}"


Event: TypeAlias = (
    TextLine | FeedLines | QrCode | RasterImage | CutPaper | Initialize | StatusRequest | CodePage
)


@dataclass
class Decoded:
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def text_lines(self) -> list[TextLine]:
        return [e for e in self.events if isinstance(e, TextLine)]

    def lines(self) -> list[str]:
        """The printed text, one string per line, blank lines dropped."""
        return [e.text for e in self.text_lines() if e.text]

    def qr_codes(self) -> list[QrCode]:
        return [e for e in self.events if isinstance(e, QrCode)]

    def qr_payloads(self) -> list[str]:
        return [e.payload for e in self.qr_codes()]

    def images(self) -> list[RasterImage]:
        return [e for e in self.events if isinstance(e, RasterImage)]

    def cuts(self) -> list[CutPaper]:
        return [e for e in self.events if isinstance(e, CutPaper)]


class _Truncated(Exception):
    pass


class _Decoder:
    def __init__(self, data: bytes, profile: PrinterProfile | None) -> None:
        self.data = data
        self.profile = profile
        self.allowed = command_set(profile)
        self.result = Decoded()
        self.pos = 0
        self.align: Align = "left"
        self.bold = False
        self.size = (1, 1)
        self.line: list[str] = []
        self.line_start = 0
        self.line_style: tuple[Align, bool, tuple[int, int]] = ("left", False, (1, 1))
        self.qr_data: bytes | None = None
        self.qr_module = 3
        self.qr_ec = "L"
        self.qr_model = 2

    # -- helpers -------------------------------------------------------------------------
    def take(self, count: int) -> bytes:
        if self.pos + count > len(self.data):
            raise _Truncated
        chunk = self.data[self.pos : self.pos + count]
        self.pos += count
        return chunk

    def problem(self, start: int, reason: str) -> None:
        self.result.problems.append(Problem(start, self.data[start : self.pos], reason))

    def check_allowed(self, name: str, start: int) -> None:
        if name not in self.allowed:
            assert self.profile is not None
            self.problem(start, f"{name} is not in the command set of {self.profile.name}")

    def flush_line(self, terminated: bool) -> None:
        align, bold, size = self.line_style if self.line else (self.align, self.bold, self.size)
        self.result.events.append(
            TextLine("".join(self.line), align, bold, size, self.line_start, terminated)
        )
        self.line = []

    def reset_modes(self) -> None:
        self.align, self.bold, self.size = "left", False, (1, 1)
        self.qr_data, self.qr_module, self.qr_ec, self.qr_model = None, 3, "L", 2

    # -- commands ------------------------------------------------------------------------
    def esc(self, start: int) -> None:
        code = self.take(1)[0]
        if code == 0x40:
            self.line = []
            self.reset_modes()
            self.result.events.append(Initialize(start))
            return
        if code in (0x61, 0x45, 0x64, 0x74):
            n = self.take(1)[0]
            name = {0x61: "ESC a", 0x45: "ESC E", 0x64: "ESC d", 0x74: "ESC t"}[code]
            self.check_allowed(name, start)
            if code == 0x61:
                if n in _ALIGN_BY_CODE:
                    self.align = _ALIGN_BY_CODE[n]
                else:
                    self.problem(start, f"ESC a with invalid n={n}")
            elif code == 0x45:
                self.bold = bool(n & 1)
            elif code == 0x64:
                if self.line:
                    self.flush_line(True)
                self.result.events.append(FeedLines(n, start))
            else:
                self.result.events.append(CodePage(n, start))
            return
        self.problem(start, f"unknown command ESC 0x{code:02x}")

    def gs(self, start: int) -> None:
        code = self.take(1)[0]
        if code == 0x21:
            n = self.take(1)[0]
            self.check_allowed("GS !", start)
            width, height = (n >> 4) + 1, (n & 0x0F) + 1
            if width > 8 or height > 8:
                self.problem(start, f"GS ! with invalid size n=0x{n:02x}")
            else:
                self.size = (width, height)
        elif code == 0x56:
            self.cut(start)
        elif code == 0x28:
            self.gs_paren(start)
        elif code == 0x76:
            self.raster(start)
        else:
            self.problem(start, f"unknown command GS 0x{code:02x}")

    def cut(self, start: int) -> None:
        m = self.take(1)[0]
        if m in (0, 1, 48, 49):
            feed = None
        elif m in (65, 66):
            feed = self.take(1)[0]
        else:
            self.problem(start, f"GS V with invalid m={m}")
            return
        self.check_allowed("GS V", start)
        if self.line:
            self.flush_line(False)
        self.result.events.append(CutPaper(m in (1, 49, 66), feed, start))

    def gs_paren(self, start: int) -> None:
        function = self.take(1)[0]
        low, high = self.take(2)
        params = self.take(low + high * 256)
        if function != 0x6B:
            self.problem(start, f"unknown command GS ( 0x{function:02x}")
            return
        self.check_allowed("GS ( k", start)
        if len(params) < 2 or params[0] != escpos.QR_CN:
            self.problem(start, "GS ( k for a 2D symbol other than QR")
            return
        fn, args = params[1], params[2:]
        if fn == escpos.QR_FN_MODEL and len(args) == 2 and args[0] in (49, 50):
            self.qr_model = args[0] - 48
        elif fn == escpos.QR_FN_MODULE_SIZE and len(args) == 1 and 1 <= args[0] <= 16:
            self.qr_module = args[0]
        elif fn == escpos.QR_FN_ERROR_CORRECTION and len(args) == 1 and args[0] in _EC_BY_CODE:
            self.qr_ec = _EC_BY_CODE[args[0]]
        elif fn == escpos.QR_FN_STORE and len(args) >= 2 and args[0] == 0x30:
            self.qr_data = bytes(args[1:])
        elif fn == escpos.QR_FN_PRINT and args == b"\x30":
            if self.qr_data is None:
                self.problem(start, "QR print without stored data")
                return
            self.result.events.append(
                QrCode(self.qr_data, self.qr_module, self.qr_ec, self.qr_model, self.align, start)
            )
        else:
            self.problem(start, f"GS ( k QR function {fn} with unexpected parameters")

    def raster(self, start: int) -> None:
        if self.take(1) != b"\x30":
            self.problem(start, "GS v other than GS v 0")
            return
        mode, xl, xh, yl, yh = self.take(5)
        width_bytes, rows = xl + xh * 256, yl + yh * 256
        bits = self.take(width_bytes * rows)
        self.check_allowed("GS v 0", start)
        if mode > 3 or width_bytes == 0 or rows == 0:
            self.problem(start, "GS v 0 with invalid parameters")
            return
        # Printer 1 = black; Pillow "1" 0 = black, so invert while unpacking.
        image = Image.frombytes("1", (width_bytes * 8, rows), bytes(b ^ 0xFF for b in bits))
        self.result.events.append(RasterImage(image, self.align, mode, start))

    def dle(self, start: int) -> None:
        code = self.take(1)[0]
        if code != escpos.EOT:
            self.problem(start, f"unknown command DLE 0x{code:02x}")
            return
        n = self.take(1)[0]
        self.check_allowed("DLE EOT", start)
        if n not in (1, 2, 3, 4):
            self.problem(start, f"DLE EOT with invalid n={n}")
            return
        self.result.events.append(StatusRequest(n, start))

    def run(self) -> Decoded:
        data = self.data
        while self.pos < len(data):
            start = self.pos
            byte = data[start]
            self.pos += 1
            try:
                if 0x20 <= byte <= 0x7E:
                    if not self.line:
                        self.line_start = start
                        self.line_style = (self.align, self.bold, self.size)
                    self.line.append(chr(byte))
                elif byte == escpos.LF:
                    self.flush_line(True)
                elif byte == escpos.ESC:
                    self.esc(start)
                elif byte == escpos.GS:
                    self.gs(start)
                elif byte == escpos.DLE:
                    self.dle(start)
                else:
                    self.problem(start, f"byte 0x{byte:02x} is not printable ASCII or a command")
            except _Truncated:
                self.pos = len(data)
                self.problem(start, "command cut short at the end of the data")
        if self.line:
            self.flush_line(False)
            self.result.problems.append(
                Problem(self.line_start, b"", "text without a final LF is never printed")
            )
        return self.result


def decode(data: bytes, profile: PrinterProfile | None = None) -> Decoded:
    """Parse a whole job. With a profile, commands that printer lacks are reported as problems."""
    return _Decoder(data, profile).run()
