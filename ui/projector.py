"""The presidium / projector view: read-only, large type, full screen; progress while counting, results once final."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app import reports
from app.report_text import percent_vi
from ui.desk import Desk
from ui.progress import summary_text


class ProjectorWindow(QWidget):
    """A window for the hall: F11 or double-click toggles full screen, Esc leaves it; it refreshes itself."""

    def __init__(self, desk: Desk, election_id: str, round_no: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.desk, self.key = desk, (election_id, round_no)
        self.setWindowTitle(self.tr("Màn hình chiếu — Kiểm phiếu"))
        self.setStyleSheet("#projector { background: #0b2545; } QLabel { color: white; }")
        self.title = self._label(34, bold=True)
        self.state = self._label(26)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(28)
        self.body = self._label(24)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(24)
        for w in (self.title, self.state, self.bar, self.body):
            layout.addWidget(w)
        layout.addStretch(1)
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

    @Slot()
    def refresh(self) -> None:
        """Reads the round again: progress, or the results once the round is finalized."""
        election_id, round_no = self.key
        data = reports.data(self.desk.db)
        election = data.election(election_id)
        self.title.setText(self.tr("{0} — lần bầu thứ {1}").format(election.title, round_no))
        if reports.round_status(self.desk.db, election_id, round_no).finalized:
            self._show_results()
            return
        p = reports.progress(self.desk.db, election_id, round_no)
        self.bar.show()
        self.bar.setRange(0, max(p.stacks, 1))
        self.bar.setValue(p.definitive)
        self.state.setText(self.tr("Đang kiểm phiếu: ") + summary_text(p))
        self.body.setText(
            "\n".join(
                self.tr("{0}: {1}/{2} phiếu đã xác định").format(t.team, t.verified, t.collected) for t in p.teams
            )
        )

    def _show_results(self) -> None:
        election_id, round_no = self.key
        result = next(
            r
            for er in reports.results(self.desk.db)
            if er.election == election_id
            for r in er.rounds
            if r.round == round_no
        )
        by_no = {c.no: c for c in result.candidates}
        self.bar.hide()
        self.state.setText(
            self.tr("Kết quả (đã chốt): {0} phiếu hợp lệ, {1} không hợp lệ").format(
                result.ballots.valid, result.ballots.invalid
            )
        )
        lines = [self.tr("Trúng cử:") if result.elected else self.tr("Không có người trúng cử.")]
        lines += [
            f"{i}. {by_no[no].name} — {by_no[no].votes} ({percent_vi(by_no[no].hundredths)})"
            for i, no in enumerate(result.elected, 1)
        ]
        self.body.setText("\n".join(lines))

    def toggle_full_screen(self) -> None:
        """Full screen on, or off."""
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: object) -> None:
        self.toggle_full_screen()
