"""The projector view for the hall: progress while counting, then each finalized round's result in large type.

The head moves from one finalized round to the next with → / ← (also Page Down / Page Up, as presentation
clickers send), or with the buttons of the minutes page. A round that is not finalized shows its progress only,
never votes. Signals: round_shown(str, int).
"""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app import reports
from app.minutes import Minutes, minutes_for
from app.minutes.layout import name_with_note
from app.minutes.wording import count_vi
from ballot.model import ElectionKind
from ui.desk import Desk
from ui.progress import summary_text

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)
LARGEST, SMALLEST = 44, 18  # pixel sizes of the result lines
MAX_COLUMNS = 3


class ProjectorWindow(QWidget):
    """A window for the hall: F11 or double-click toggles full screen, Esc leaves it; it refreshes itself."""

    round_shown = Signal(str, int)

    def __init__(self, desk: Desk, election_id: str, round_no: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.desk, self.key, self.page = desk, (election_id, round_no), 0
        self.minutes: Minutes | None = None
        self.setWindowTitle(self.tr("Màn hình chiếu — Kiểm phiếu"))
        self.setStyleSheet("#projector { background: #0b2545; } QLabel { color: white; }")
        self.title = self._label(30, bold=True)
        self.state = self._label(26)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(28)
        self.body = self._label(24)
        self.body.setObjectName("projector_body")
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.hint = self._label(14)
        self.hint.setStyleSheet("color: #9fb3c8;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 36, 60, 24)
        layout.setSpacing(18)
        for w in (self.title, self.state, self.bar):
            layout.addWidget(w)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.hint)
        self.timer = QTimer(self)
        self.timer.setInterval(3000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def _label(self, size: int, bold: bool = False) -> QLabel:
        label = QLabel()
        font = QFont(self.font())
        font.setPointSize(size)
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    # ---- which round --------------------------------------------------------------------------------------------

    def rounds(self) -> list[tuple[str, int]]:
        """Every round of the congress that elects or admits, elections in order (nomination ballots have their
        own announcement, not this one)."""
        return [
            (e.id, r.number)
            for e in reports.data(self.desk.db).elections
            if e.kind is not ElectionKind.NOMINATION
            for r in e.rounds
        ]

    def finalized(self, key: tuple[str, int]) -> bool:
        return reports.round_status(self.desk.db, *key).finalized

    def show_round(self, election_id: str, round_no: int) -> None:
        """Shows this round (its result if finalized, else its progress)."""
        self.key, self.page = (election_id, round_no), 0
        self.refresh()
        self.round_shown.emit(election_id, round_no)

    def _step(self, direction: int) -> bool:
        """The next (or previous) finalized round; False when there is none that way."""
        keys = self.rounds()
        at = keys.index(self.key) if self.key in keys else -1
        candidates = keys[at + 1 :] if direction > 0 else list(reversed(keys[: max(at, 0)]))
        for key in candidates:
            if self.finalized(key):
                self.show_round(*key)
                return True
        return False

    @Slot()
    def show_next(self) -> None:
        """The next page of a long result, else the next finalized round."""
        if self.page + 1 < self._pages():
            self.page += 1
            self._render()
            return
        self._step(+1)

    @Slot()
    def show_previous(self) -> None:
        """The previous page of a long result, else the previous finalized round."""
        if self.page > 0:
            self.page -= 1
            self._render()
            return
        self._step(-1)

    # ---- what it shows ------------------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reads the round again: progress, or the result once the round is finalized."""
        election_id, round_no = self.key
        final = self.finalized(self.key)
        shown = self.minutes is not None and (self.minutes.election, self.minutes.round) == self.key
        if final and shown:
            return  # a finalized round does not change; nothing to read again
        data = reports.data(self.desk.db)
        election = data.election(election_id)
        self.title.setText(self.tr("{0} — lần bầu thứ {1}").format(election.title, round_no))
        if final and election.kind is ElectionKind.NOMINATION:
            self.minutes = None
            self.bar.hide()
            self.state.setText(self.tr("Phiếu giới thiệu: kết quả được công bố theo trình tự của Đại hội."))
            self.body.setText("")
            return
        if final:
            self.minutes = minutes_for(data, election_id, round_no, finalized=True)
            self.bar.hide()
            self._render()
            return
        self.minutes = None
        p = reports.progress(self.desk.db, election_id, round_no)
        self.bar.show()
        self.bar.setRange(0, max(p.stacks, 1))
        self.bar.setValue(p.definitive)
        self.state.setText(self.tr("Đang kiểm phiếu: ") + summary_text(p))
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setText(
            "\n".join(
                self.tr("{0}: {1}/{2} phiếu đã xác định").format(t.team, t.verified, t.collected) for t in p.teams
            )
        )
        self.hint.setText(self.tr("Kết quả được chiếu sau khi Ban kiểm phiếu chốt lần bầu."))

    def _lines(self) -> list[tuple[str, str, str, str]]:
        assert self.minutes is not None
        return [
            (f"{r.order}.", name_with_note(r.name, r.note), count_vi(r.votes), r.percent) for r in self.minutes.elected
        ]

    def _fit(self) -> tuple[int, int, int]:
        """The largest type (pixels), the columns and the rows per page for the elected in the space there is."""
        lines = self._lines()
        height = max(self.body.height(), 200)
        width = max(self.body.width(), 400)
        rows_fit = 1
        texts = (self.minutes.elected_intro, *self.minutes.outcome) if self.minutes else ()
        for px in range(LARGEST, SMALLEST - 1, -2):
            font = QFont(self.body.font())
            font.setPixelSize(px)
            fm = QFontMetrics(font)
            small = QFont(font)
            small.setPixelSize(max(px * 2 // 3, 16))
            sm = QFontMetrics(small)
            said = sum(math.ceil(sm.horizontalAdvance(t) / width) * sm.lineSpacing() * 1.2 + 12 for t in texts)
            line_h = fm.lineSpacing() * 1.35
            rows_fit = max(1, int((height - said) // line_h))
            widest = max((fm.horizontalAdvance(f"{o} {n}  {v} phiếu  {p}") for o, n, v, p in lines), default=1)
            cols = max(1, min(MAX_COLUMNS, int(width // (widest + px * 2))))
            if rows_fit * cols >= len(lines):
                return px, cols, max(1, math.ceil(len(lines) / cols))
        return SMALLEST, cols, rows_fit

    def _pages(self) -> int:
        if self.minutes is None or not self.minutes.elected:
            return 1
        _, cols, rows = self._fit()
        return max(1, math.ceil(len(self.minutes.elected) / (cols * rows)))

    def _render(self) -> None:
        """The result page: who was elected, with votes and %, in the largest type that fits."""
        m = self.minutes
        assert m is not None
        b = m.ballots
        self.state.setText(
            self.tr("Kết quả (đã chốt): {0} phiếu hợp lệ, {1} không hợp lệ").format(
                count_vi(b.valid), count_vi(b.invalid)
            )
        )
        self.body.setTextFormat(Qt.TextFormat.RichText)
        if not m.elected:
            self.body.setText(
                "".join(f"<p style='font-size:30px'>{escape(t)}</p>" for t in (m.elected_intro, *m.outcome))
            )
            self.hint.setText(self.tr("→ / ←: lần bầu tiếp theo / trước"))
            return
        px, cols, rows = self._fit()
        per_page = cols * rows
        pages = max(1, math.ceil(len(m.elected) / per_page))
        self.page = min(self.page, pages - 1)
        lines = self._lines()[self.page * per_page : (self.page + 1) * per_page]
        columns = [lines[i * rows : (i + 1) * rows] for i in range(cols)]
        cells = []
        for column in columns:
            table = "".join(
                f"<tr><td align='right'>{escape(o)}</td><td>&nbsp;{escape(n)}</td>"
                f"<td align='right'>&nbsp;&nbsp;{escape(v)}&nbsp;phiếu</td>"
                f"<td align='right'>&nbsp;&nbsp;<b>{escape(p)}</b></td></tr>"
                for o, n, v, p in column
            )
            cells.append(f"<td valign='top' style='padding-right:{px}px'><table cellspacing='4'>{table}</table></td>")
        intro = "".join(f"<p style='font-size:{max(px * 2 // 3, 16)}px'>{escape(t)}</p>" for t in (m.elected_intro,))
        outcome = "".join(f"<p style='font-size:{max(px * 2 // 3, 16)}px'><b>{escape(t)}</b></p>" for t in m.outcome)
        self.body.setText(f"{intro}<table style='font-size:{px}px'><tr>{''.join(cells)}</tr></table>{outcome}")
        more = self.tr(" — trang {0}/{1}").format(self.page + 1, pages) if pages > 1 else ""
        self.hint.setText(self.tr("→ / ←: lần bầu tiếp theo / trước") + more)

    # ---- window -------------------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.minutes is not None:
            self._render()

    def toggle_full_screen(self) -> None:
        """Full screen on, or off."""
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif key in NEXT_KEYS:
            self.show_next()
        elif key in PREVIOUS_KEYS:
            self.show_previous()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: object) -> None:
        self.toggle_full_screen()
