"""Live results of a round: the ranked table, the outcome banner, and the next-round dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.report_text import outcome_text
from app.texts import text as catalogue
from ballot.election import next_round
from ballot.model import Candidate, Decision, Election, ElectionKind, Form, Purpose
from ballot.outcome import Admitted, Complete, Nominated, Shortfall, Tie
from ballot.problems import Level
from ballot.tally import RoundResult
from ui.banners import ProblemsBanner, standing, still_counting
from ui.models import ResultsTableModel
from ui.new_candidates import NewCandidatesBox
from ui.resources import ui_font

BANNER_STYLES = {
    "complete": "background: #d5f0d5; color: #123d14; border: 2px solid #1b6e20;",
    "alert": "background: #ffe0a0; color: #4a2c00; border: 2px solid #b36b00;",
    "counting": "background: #e3edf9; color: #0d2b55; border: 2px solid #4a78b5;",
    "error": "background: #fde7e9; color: #8b0015; border: 2px solid #b00020;",
    "none": "background: #eeeeee; color: #333333; border: 1px solid #999999;",
}


class ResultsPanel(QWidget):
    """The ranked table of a round with its base, votes needed, and what the congress must decide.

    Signals:
        next_round_requested(): people want to set up the next round (tie or shortfall).
        finalize_requested(): the head wants to lock the round.
        reopen_requested(): the head wants to unlock a locked round.
    """

    next_round_requested = Signal()
    finalize_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.model = ResultsTableModel(self)

        self.summary = QLabel()
        self.summary.setObjectName("results_summary")
        self.summary.setWordWrap(True)
        self.summary.setFont(ui_font(12))
        self.banner = QLabel()
        self.banner.setObjectName("outcome_banner")
        self.banner.setWordWrap(True)
        self.banner.setFont(ui_font(13, bold=True))
        self.banner.setMargin(8)
        self.table = QTableView()
        self.table.setObjectName("results_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFont(ui_font(12 if compact else 13))
        self.table.setAlternatingRowColors(True)
        # fixed widths measured once: sizing to contents re-measures every row on each ballot (≈0.3 s at 220 names)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        samples = {0: "Hạng_", 1: "STT_", 3: "Số phiếu_", 4: "100,00%_", 5: "Không đồng ý_", 6: "Quá bán (tạm)__"}
        for column, sample in samples.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 12)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.problems = ProblemsBanner()
        self.problems.setObjectName("results_problems")

        self.next_round_button = QPushButton(self.tr("Tổ chức bầu tiếp…"))
        self.next_round_button.setObjectName("next_round_button")
        self.finalize_button = QPushButton(self.tr("Khóa kết quả (mã PIN trưởng ban)…"))
        self.finalize_button.setObjectName("finalize_button")
        self.reopen_button = QPushButton(self.tr("Mở khóa…"))
        self.reopen_button.setObjectName("reopen_button")
        self.next_round_button.clicked.connect(self._on_next_round_button_clicked)
        self.finalize_button.clicked.connect(self._on_finalize_button_clicked)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_round_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finalize_button)
        buttons.addWidget(self.reopen_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problems)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        self._compact = compact
        if compact:
            for b in (self.next_round_button, self.finalize_button, self.reopen_button):
                b.hide()
            self.table.setColumnHidden(1, True)  # beside the paper the row number is already on screen
        else:
            layout.addLayout(buttons)
        self.set_result(None)

    def set_result(self, result: RoundResult | None, finalized: bool = False, latest: bool = True) -> None:
        """Shows a round's result; `latest` when no later round exists (only then can another be set up). While
        ballots are still being counted, or a fault stands, the result is provisional: no outcome, nobody shown
        elected. The problems show on top (beside the paper, the entry page shows them above everything)."""
        if result is None:
            self.model.set_rows(())
            self.summary.setText(self.tr("Chưa có lần bầu nào."))
            self.banner.setText("")
            self.banner.setStyleSheet(BANNER_STYLES["none"])
            self.problems.set_problems(())
            for b in (self.next_round_button, self.finalize_button, self.reopen_button):
                b.setEnabled(False)
            return
        counting = still_counting(result.ballots, finalized)
        problems = standing(result.problems, result.ballots, finalized)
        errors = any(p.level is Level.ERROR for p in problems)
        self.model.set_rows(result.candidates, result.form is Form.AGREE_DISAGREE, provisional=counting or errors)
        self.table.setColumnHidden(5, result.form is not Form.AGREE_DISAGREE)
        self.summary.setText(self._summary(result))
        text, style = self._banner(result, counting, errors)
        if finalized:
            text = self.tr("ĐÃ KHÓA. ") + text
        if not latest and isinstance(result.outcome, (Tie, Shortfall)):
            text += " " + self.tr("(Đã có lần bầu sau.)")
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLES[style])
        self.problems.set_problems(() if self._compact else problems)
        needs_round = isinstance(result.outcome, (Tie, Shortfall)) and not counting and not errors
        self.next_round_button.setEnabled(needs_round and latest)
        self.finalize_button.setEnabled(not finalized)
        self.reopen_button.setEnabled(finalized)

    def _summary(self, r: RoundResult) -> str:
        t, b = r.threshold, r.ballots
        reasons = ", ".join(
            f"{catalogue(f'invalid.{k.value}')}: {v}" for k, v in sorted(r.ballots.invalid_by_reason.items())
        )
        text = self.tr(
            "Lần bầu thứ {0} · Số cần bầu: {1} · Triệu tập {2}, trừ {3}, cơ sở tính {4} · "
            "Cần ít nhất {5} phiếu (quá một nửa) · Phát ra {6}, thu vào {7}, đã nhập {8}, hợp lệ {9}, không hợp lệ {10}"
        ).format(
            r.round,
            r.seats,
            t.summoned,
            t.excluded,
            t.base,
            t.votes_needed,
            b.issued,
            b.collected,
            b.counted,
            b.valid,
            b.invalid,
        )
        if r.kind is ElectionKind.NOMINATION:  # no pass mark: the most support is proposed
            text = self.tr(
                "Phiếu giới thiệu, lần thứ {0} · Mỗi phiếu ghi tối đa {1} tên · Giới thiệu {2} người có số phiếu cao"
                " nhất · Phát ra {3}, thu vào {4}, đã nhập {5}, hợp lệ {6}, không hợp lệ {7}"
            ).format(r.round, r.seats, r.propose, b.issued, b.collected, b.counted, b.valid, b.invalid)
        return text + (f" ({reasons})" if reasons else "")

    def _banner(self, r: RoundResult, counting: bool, errors: bool) -> tuple[str, str]:
        o = r.outcome
        names = {c.no: c.name for c in r.candidates}
        b = r.ballots
        if b.counted == 0:
            return self.tr("Chưa nhập phiếu nào."), "none"
        if counting:
            if b.collected:
                return (
                    self.tr("Đang kiểm: {0}/{1} phiếu — kết quả tạm thời, chưa phải kết quả bầu cử.").format(
                        b.counted, b.collected
                    ),
                    "counting",
                )
            return (
                self.tr(
                    "Đang kiểm: {0} phiếu (chưa ghi số phiếu thu vào) — kết quả tạm thời, chưa phải kết quả bầu cử."
                ).format(b.counted),
                "counting",
            )
        if errors:
            return self.tr("Chưa có kết quả: còn lỗi phải xử lý (xem các dòng LỖI)."), "error"
        if isinstance(o, Admitted | Complete) or (isinstance(o, Nominated) and not o.tied and not o.short):
            return outcome_text(r, names), "complete"
        if isinstance(o, Nominated):
            hint = self.tr("Trưởng ban chọn ở trang “4. Kết quả” (nút “Trưởng ban chọn…”).") if o.tied else ""
            return f"{outcome_text(r, names)} {hint}".strip(), "alert"
        hint = self.tr("Bấm “Tổ chức bầu tiếp…” để ghi quyết định của Đại hội.")
        return f"{outcome_text(r, names)} {hint}", "alert"

    @Slot()
    def _on_next_round_button_clicked(self) -> None:
        self.next_round_requested.emit()

    @Slot()
    def _on_finalize_button_clicked(self) -> None:
        self.finalize_requested.emit()

    @Slot()
    def _on_reopen_button_clicked(self) -> None:
        self.reopen_requested.emit()


class NextRoundDialog(QDialog):
    """The people's decision on another round: why, how many seats, which names, who decided."""

    def __init__(self, parent: QWidget | None, election: Election, prior: tuple[RoundResult, ...]) -> None:
        super().__init__(parent)
        self.setObjectName("next_round_dialog")
        self.setWindowTitle(self.tr("Tổ chức bầu tiếp"))
        self.setMinimumWidth(680)
        self._election = election
        self._prior = prior
        self.purpose = QComboBox()
        self.purpose.setObjectName("purpose")
        self.purpose.addItem(self.tr("Bầu tiếp cho số chỗ còn thiếu"), Purpose.ELECTION)
        self.purpose.addItem(self.tr("Bầu giữa những người bằng phiếu"), Purpose.TIE_BREAK)
        if isinstance(prior[-1].outcome, Tie):
            self.purpose.setCurrentIndex(1)
        self.seats = QSpinBox()
        self.seats.setObjectName("seats")
        self.seats.setRange(1, max(1, election.seats))
        self.names = QListWidget()
        self.names.setObjectName("names")
        for c in election.candidates:
            item = QListWidgetItem(f"{c.no}. {c.name}" + (f" ({c.note})" if c.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, c.no)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.names.addItem(item)
        self.new_people = NewCandidatesBox(max((c.no for c in election.candidates), default=0) + 1)
        self.decided_by = QLineEdit(self.tr("Đoàn Chủ tịch Đại hội"))
        self.decided_by.setObjectName("decided_by")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Ví dụ: Đại hội biểu quyết 118/118 đồng ý bầu tiếp"))
        form = QFormLayout()
        form.addRow(self.tr("Lý do"), self.purpose)
        form.addRow(self.tr("Số lượng cần bầu"), self.seats)
        form.addRow(self.tr("Danh sách bầu"), self.names)
        form.addRow(self.tr("Thêm người mới\n(Đại hội quyết định)"), self.new_people)
        form.addRow(self.tr("Người quyết định"), self.decided_by)
        form.addRow(self.tr("Ghi chú"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mở lần bầu tiếp"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thôi"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.purpose.currentIndexChanged.connect(self._on_purpose_current_index_changed)
        self._on_purpose_current_index_changed(self.purpose.currentIndex())

    @Slot(int)
    def _on_purpose_current_index_changed(self, _index: int) -> None:
        seats, names = next_round(self._election, self._prior, Purpose(self.purpose.currentData()))
        self.seats.setValue(max(1, seats))
        wanted = set(names)
        for i in range(self.names.count()):
            item = self.names.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> tuple[int, ...]:
        """The checked candidates in list order."""
        return tuple(
            self.names.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.names.count())
            if self.names.item(i).checkState() == Qt.CheckState.Checked
        )

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.chosen() and not self.new_people.candidates():
            self.message.setText(self.tr("Chọn ít nhất một người vào danh sách."))
            return
        if not self.decided_by.text().strip():
            self.message.setText(self.tr("Ghi rõ ai quyết định (ví dụ Đoàn Chủ tịch)."))
            return
        self.accept()

    def values(self) -> tuple[int, tuple[int, ...], Purpose, Decision, tuple[Candidate, ...]]:
        """(seats, candidates, purpose, decision, new candidates) as people set them; the new are on the list."""
        decision = Decision(by=self.decided_by.text().strip(), note=self.note.text().strip())
        new = self.new_people.candidates()
        names = self.chosen() + tuple(c.no for c in new)
        return self.seats.value(), names, Purpose(self.purpose.currentData()), decision, new


def open_next_round(
    parent: QWidget | None,
    election: Election,
    prior: tuple[RoundResult, ...],
    on_accept: Callable[[int, tuple[int, ...], Purpose, Decision, tuple[Candidate, ...]], None],
) -> NextRoundDialog:
    """Opens the next-round dialog with the defaults of the rules; `on_accept` gets what people chose."""
    dialog = NextRoundDialog(parent, election, prior)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_accept(*dialog.values()))
    dialog.open()
    return dialog
