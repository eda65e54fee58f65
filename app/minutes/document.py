"""A printed document as a list of simple blocks, so the PDF and the Word renderers say the same thing."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text in one style."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph: runs of text and a style (body, plain, title, subject, section, item, subitem, warning, code, small)."""

    runs: tuple[Run, ...]
    style: str = "body"

    @property
    def text(self) -> str:
        """The plain text."""
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True, slots=True)
class Table:
    """A ruled table: header row, body rows, column widths as shares of the line, alignment L/C/R per column."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    align: str
    size: float = 12
    #: Tight rows (the printed entry log: one line per record).
    dense: bool = False


@dataclass(frozen=True, slots=True)
class Heading:
    """The two-column head of a party document: each left line is kept whole (never broken mid-phrase)."""

    left: tuple[str, ...]
    left_bold: tuple[bool, ...]
    party: str
    place_date: str


@dataclass(frozen=True, slots=True)
class Signature:
    """One signature column: the title, the note, and the names signing under it."""

    title: str
    note: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Signatures:
    """The signature block, columns left to right, with `room` millimetres to sign above each name."""

    columns: tuple[Signature, ...]
    room: float = 20


@dataclass(frozen=True, slots=True)
class Keep:
    """Blocks that share one page: the end of the result, the adoption line, the signatures and the code.

    A leading table may leave its first rows on earlier pages; at least `rows` of its last rows stay with the rest,
    so no page ever holds only signatures.
    """

    blocks: tuple[Para | Table | Signatures, ...]
    rows: int = 3


Block = Para | Table | Heading | Signatures | Keep


@dataclass(frozen=True, slots=True)
class Document:
    """Blocks plus what every page carries: the data fingerprint, a label, and the draft watermark if any."""

    title: str
    blocks: tuple[Block, ...]
    fingerprint: str
    label: str
    watermark: str = ""
    landscape: bool = False
    #: Where the full code is printed in the text; the footer carries its first 16 digits and points there.
    code_where: str = "trang có chữ ký"
    #: What the QR code carries (the fingerprint when empty; a finalized round's seal, see `seal_qr`).
    qr: str = ""

    @property
    def qr_text(self) -> str:
        """The QR code's text."""
        return self.qr or self.fingerprint


#: The QR of a finalized round's minutes: the format, the round's fingerprint, the signing key's fingerprint and
#: the head's seal signature (docs/signatures.md).
SEAL_QR = "kiemphieu-seal/1"  # the same value as app.anchors.SEAL_QR, which `verify --anchor` reads


def seal_qr(fingerprint: str, signing_key: str, signature: str) -> str:
    """`kiemphieu-seal/1 FINGERPRINT KEY SIGNATURE` (space separated), or the bare fingerprint when unsigned."""
    if not (signing_key and signature):
        return fingerprint
    return f"{SEAL_QR} {fingerprint} {signing_key} {signature}"


def para(text: str, style: str = "body", *, bold: bool = False, italic: bool = False) -> Para:
    """A paragraph of one run."""
    return Para((Run(text, bold, italic),), style)


def labelled(label: str, value: object, style: str = "item", tail: str = "") -> Para:
    """'label: **value**tail' — a figure the reader looks for, in bold."""
    return Para((Run(f"{label}: "), Run(str(value), bold=True), Run(tail)), style)
