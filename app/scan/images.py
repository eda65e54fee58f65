"""Pages out of scanned files: PNG, JPEG, TIFF (several pages), BMP and PDF (several pages), as grey images.

PDF pages are rendered with Qt's PDF module (already a dependency), on white: QtPdf leaves the page
transparent. Pages come one at a time, so a folder of hundreds of pages never sits in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np

PDF_DPI = 200
#: Leading bytes of each kind of file the reader takes.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"%PDF-", "pdf"),
    (b"BM", "bmp"),
)
SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf", ".bmp"})


class Unreadable(Exception):
    """A file that is not an image or PDF the reader takes, or cannot be decoded."""


def kind_of(path: Path) -> str | None:
    """The file's kind by its first bytes, or None."""
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError:
        return None
    return next((kind for magic, kind in MAGIC if head.startswith(magic)), None)


def render_pdf(data: bytes, dpi: float = PDF_DPI) -> Iterator[np.ndarray]:
    """Each page of a PDF as a grey image at `dpi`, composited on white."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    if doc.status() != QPdfDocument.Status.Ready:
        raise Unreadable("pdf")
    try:
        for i in range(doc.pageCount()):
            size = doc.pagePointSize(i)
            w, h = round(size.width() * dpi / 72), round(size.height() * dpi / 72)
            img = doc.render(i, QSize(w, h)).convertToFormat(QImage.Format.Format_ARGB32)
            if img.isNull():
                raise Unreadable("pdf page")
            a = np.frombuffer(img.constBits(), np.uint8).reshape(h, img.bytesPerLine() // 4, 4)[:, :w]
            gray = cv2.cvtColor(np.ascontiguousarray(a[..., :3]), cv2.COLOR_BGR2GRAY).astype(np.uint16)
            alpha = a[..., 3].astype(np.uint16)
            yield ((gray * alpha + 255 * (255 - alpha) + 127) // 255).astype(np.uint8)
    finally:
        doc.close()
        buf.close()


def pages(path: Path) -> Iterator[np.ndarray]:
    """Each page of the file as a grey image (`Unreadable` if it cannot be decoded)."""
    kind = kind_of(path)
    if kind is None:
        raise Unreadable(str(path))
    if kind == "pdf":
        yield from render_pdf(path.read_bytes())
        return
    if kind == "tiff":
        count = cv2.imcount(str(path))
        if count <= 0:
            raise Unreadable(str(path))
        for i in range(count):
            ok, imgs = cv2.imreadmulti(str(path), start=i, count=1, flags=cv2.IMREAD_GRAYSCALE)
            if not ok or not imgs:
                raise Unreadable(str(path))
            yield imgs[0]
        return
    img = cv2.imdecode(np.fromfile(path, np.uint8), cv2.IMREAD_GRAYSCALE)
    if img is None:
        raise Unreadable(str(path))
    yield img


def files_in(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The files to read (folders opened, sorted by name, hidden files skipped) and those that cannot be read."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found += sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith("."))
        else:
            found.append(p)
    bad = [f for f in found if not f.is_file() or kind_of(f) is None]
    return [f for f in found if f not in bad], bad
