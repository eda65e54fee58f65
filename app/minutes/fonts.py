"""The bundled Liberation Serif (SIL OFL), registered with reportlab under unique names so every font is embedded."""

from __future__ import annotations

import io
from importlib.resources import files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "KiemphieuSerif"
#: (bold, italic) → (registered name, file in resources/fonts)
FACES: dict[tuple[bool, bool], tuple[str, str]] = {
    (False, False): ("KiemphieuSerif", "LiberationSerif-Regular.ttf"),
    (True, False): ("KiemphieuSerif-Bold", "LiberationSerif-Bold.ttf"),
    (False, True): ("KiemphieuSerif-Italic", "LiberationSerif-Italic.ttf"),
    (True, True): ("KiemphieuSerif-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (FACES[k][0] for k in ((False, False), (True, False), (False, True), (True, True)))
#: The font Word documents name (it is on every Vietnamese office computer; Liberation Serif has its metrics).
DOCX_FONT = "Times New Roman"


def font_bytes(filename: str) -> bytes:
    """A bundled font file's bytes."""
    return (files("resources") / "fonts" / filename).read_bytes()


def register() -> str:
    """Registers the four faces and the family once; returns the family name."""
    if FAMILY in pdfmetrics.getRegisteredFontNames():
        return FAMILY
    for name, filename in FACES.values():
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(filename))))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    return FAMILY


def text_width(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """The width of `text` in points in the bundled face (Times New Roman has the same metrics)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register()
    return float(stringWidth(text, FACES[(bold, italic)][0], size))


def fit_size(text: str, width: float, size: float, *, bold: bool = False, smallest: float = 10) -> float:
    """The largest size, from `size` down to `smallest` in half points, at which `text` fits on one line."""
    while size > smallest and text_width(text, size, bold=bold) > width:
        size -= 0.5
    return size


def heading_columns(right: tuple[tuple[str, bool, bool], ...], width: float, size: float) -> tuple[float, float]:
    """The widths (points) of a document head: the right column as wide as its widest line, 46–56 % of the line."""
    right_w = max(text_width(t, size, bold=b, italic=i) for t, b, i in right) + 17
    right_w = min(max(right_w, width * 0.46), width * 0.56)
    return width - right_w, right_w
