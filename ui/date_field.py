"""A date typed and shown as people write it (dd/mm/yyyy), stored as ISO (yyyy-mm-dd)."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLineEdit, QWidget

# 20/06/2025, 20/6/2025, 20-06-2025, 20.06.2025 (day, month, year).
DMY = re.compile(r"\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*")
ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})\s*")


def parse_date(text: str) -> str | None:
    """The ISO date of what was typed ('' for nothing typed), or None when it is not a date."""
    if not text.strip():
        return ""
    m = DMY.fullmatch(text)
    if m is not None:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = ISO.fullmatch(text)
        if m is None:
            return None
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def shown_date(iso: str) -> str:
    """dd/mm/yyyy for a stored ISO date; any other stored text as it is."""
    try:
        return datetime.date.fromisoformat(iso.strip()).strftime("%d/%m/%Y")
    except ValueError:
        return iso


class DateField(QLineEdit):
    """A date field: typed and shown as dd/mm/yyyy, red while what is typed is not a date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("ngày/tháng/năm, ví dụ 20/06/2025"))
        self.textChanged.connect(self._on_text_changed)

    def set_iso(self, iso: str) -> None:
        """Shows a stored date."""
        self.setText(shown_date(iso))

    def iso(self) -> str | None:
        """The date as ISO ('' when empty), or None when what is typed is not a date."""
        return parse_date(self.text())

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self.setStyleSheet("" if parse_date(text) is not None else "color: #b00020;")
        self.setToolTip("" if parse_date(text) is not None else self.tr("Ngày chưa đúng: gõ ngày/tháng/năm."))
