"""The QR code that carries a document's full code: its modules (reportlab's encoder) and a PNG for Word."""

from __future__ import annotations

import struct
import zlib
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder

QUIET = 4  # modules of white border the QR standard asks for


@lru_cache(maxsize=16)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark/light modules of a QR code holding `text` (error correction M)."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


@lru_cache(maxsize=16)
def qr_png(text: str, scale: int = 8) -> bytes:
    """The QR code as a black-and-white PNG (1 bit per pixel), `scale` pixels per module, with its quiet zone."""
    modules = qr_modules(text)
    n = len(modules) + 2 * QUIET
    size = n * scale
    rows = []
    for r in range(n):
        mr = r - QUIET
        bits = []
        for c in range(n):
            mc = c - QUIET
            dark = 0 <= mr < len(modules) and 0 <= mc < len(modules) and modules[mr][mc]
            bits += [0 if dark else 1] * scale
        bits += [1] * (-len(bits) % 8)
        line = bytes(int("".join(map(str, bits[i : i + 8])), 2) for i in range(0, len(bits), 8))
        rows += [b"\x00" + line] * scale
    header = struct.pack(">IIBBBBB", size, size, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )
