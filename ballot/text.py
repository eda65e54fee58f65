"""Text and number helpers shared by the rules: NFC names and percentages for display."""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    """Unicode NFC with runs of white space folded to one space and the ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def hundredths_of_percent(votes: int, base: int) -> int:
    """votes × 100 / base in hundredths of a percent, rounded half up (display only)."""
    if base <= 0:
        return 0
    return (2 * votes * 10000 + base) // (2 * base)


def percent_text(hundredths: int, decimal: str = ".") -> str:
    """Hundredths of a percent as text with two decimals: 9388 → '93.88' (or '93,88')."""
    return f"{hundredths // 100}{decimal}{hundredths % 100:02d}"
