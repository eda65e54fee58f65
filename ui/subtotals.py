"""Hand-counted teams in single entry: a team's subtotal typed from its tally sheet, and the round's list of them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.reports import StoredSubtotal
from app.texts import text as catalogue
from ballot.model import Form, InvalidReason, Subtotal
from ballot.text import nfc
from ui.ballot_words import local_time
from ui.keys import on_enter
from ui.models import STRUCK_FG, PaperRow, RecordsModel

Index = QModelIndex | QPersistentModelIndex
MAX_COUNT = 100_000


def _spin(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, MAX_COUNT)
    spin.setMinimumWidth(90)
    return spin


class SubtotalDialog(QDialog):
    """A counting team's tally sheet: the team, its ballots, invalid ones by reason, votes (and disagree) per name."""

    def __init__(
        self, parent: QWidget | None, title: str, form: Form, candidates: Sequence[tuple[int, PaperRow]]
    ) -> None:
        super().__init__(parent)
        self._saver: Callable[[Subtotal], object] | None = None
        self.setObjectName("subtotal_dialog")
        self.setWindowTitle(self.tr("Phiếu kiểm đếm tay của tổ"))
        self.resize(820, 640)
        self._form = form
        heading = QLabel(title)
        heading.setWordWrap(True)
        self.team = QLineEdit()
        self.team.setObjectName("subtotal_team")
        self.team.setPlaceholderText(self.tr("Ví dụ: Tổ 2"))
        self.ballots = _spin("subtotal_ballots")
        top = QFormLayout()
        top.addRow(self.tr("Tên tổ kiểm phiếu"), self.team)
        top.addRow(self.tr("Số phiếu của tổ (cả phiếu không hợp lệ)"), self.ballots)

        self.invalid: dict[InvalidReason, QSpinBox] = {}
        invalid_form = QFormLayout()
        for reason in InvalidReason:
            spin = _spin(f"invalid_{reason.value}")
            self.invalid[reason] = spin
            invalid_form.addRow(self.invalid_label(reason), spin)
        invalid_box = QGroupBox(self.tr("Phiếu không hợp lệ, theo lý do"))
        invalid_box.setLayout(invalid_form)

        agree = form is Form.AGREE_DISAGREE
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("STT")), 0, 0)
        grid.addWidget(QLabel(self.tr("Họ và tên")), 0, 1)
        grid.addWidget(QLabel(self.tr("Đồng ý") if agree else self.tr("Số phiếu bầu")), 0, 2)
        if agree:
            grid.addWidget(QLabel(self.tr("Không đồng ý")), 0, 3)
        self.votes: dict[int, QSpinBox] = {}
        self.disagree: dict[int, QSpinBox] = {}
        for i, (no, row) in enumerate(candidates, 1):
            grid.addWidget(QLabel(str(row.row)), i, 0)
            name = QLabel(f"{row.name} ({row.note})" if row.note else row.name)
            name.setWordWrap(True)
            grid.addWidget(name, i, 1)
            self.votes[no] = _spin(f"votes_{no}")
            grid.addWidget(self.votes[no], i, 2)
            if agree:
                self.disagree[no] = _spin(f"disagree_{no}")
                grid.addWidget(self.disagree[no], i, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(candidates) + 1, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        votes_box = QGroupBox(self.tr("Số phiếu của từng người, theo thứ tự trên phiếu"))
        votes_layout = QVBoxLayout(votes_box)
        votes_layout.addWidget(scroll)

        self.message = QLabel()
        self.message.setObjectName("subtotal_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu kết quả của tổ"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thôi"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        middle = QHBoxLayout()
        middle.addWidget(invalid_box)
        middle.addWidget(votes_box, 1)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Enter in a field moves to the next one, as people do on a sheet of numbers: the sheet is saved only by
        # its button (Enter would otherwise save it half typed)
        for field in (self.team, self.ballots, *self.invalid.values(), *self.votes.values(), *self.disagree.values()):
            on_enter(field, self.focusNextChild)

    def set_saver(self, saver: Callable[[Subtotal], object]) -> None:
        """Called with the sheet when people save it; the dialog closes only when it returns True (a refusal is
        shown by the saver and everything typed stays)."""
        self._saver = saver

    def show_subtotal(self, sheet: Subtotal) -> None:
        """Fills the form with a sheet (an operator's own earlier reading)."""
        self.team.setText(sheet.team)
        self.ballots.setValue(sheet.ballots)
        for reason, spin in self.invalid.items():
            spin.setValue(sheet.invalid.get(reason, 0))
        for no, spin in self.votes.items():
            spin.setValue(sheet.votes.get(no, 0))
        for no, spin in self.disagree.items():
            spin.setValue(sheet.disagree.get(no, 0))

    @staticmethod
    def invalid_label(reason: InvalidReason) -> str:
        """The reason in the program's own words (the catalogue), capitalised as a label."""
        text = catalogue(f"invalid.{reason.value}")
        return text[:1].upper() + text[1:]

    def subtotal(self) -> Subtotal:
        """The team's totals as typed (zero counts left out)."""
        return Subtotal(
            team=nfc(self.team.text()).strip(),
            ballots=self.ballots.value(),
            invalid={r: s.value() for r, s in self.invalid.items() if s.value()},
            votes={no: s.value() for no, s in self.votes.items() if s.value()},
            disagree={no: s.value() for no, s in self.disagree.items() if s.value()},
        )

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.team.text().strip():
            self.message.setText(self.tr("Ghi tên tổ kiểm phiếu."))
            return
        if self.ballots.value() == 0:
            self.message.setText(self.tr("Ghi số phiếu của tổ."))
            return
        if self._saver is not None and self._saver(self.subtotal()) is not True:
            return
        self.accept()


def open_subtotal_dialog(
    parent: QWidget | None,
    title: str,
    form: Form,
    candidates: Sequence[tuple[int, PaperRow]],
    on_accept: Callable[[Subtotal], object],
) -> SubtotalDialog:
    """Opens the tally-sheet dialog; `on_accept(subtotal)` saves it when people press save (True: saved, the dialog
    closes; otherwise it stays open with everything typed)."""
    dialog = SubtotalDialog(parent, title, form, candidates)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.set_saver(on_accept)
    dialog.open()
    return dialog


class SubtotalsModel(RecordsModel):
    """The round's recorded subtotals, one row each, voided ones kept and marked."""

    COLUMNS = ("id", "team", "ballots", "invalid", "at", "operator", "status")

    def row(self, i: int) -> StoredSubtotal:
        """The stored subtotal shown in row i."""
        row: StoredSubtotal = self._rows[i]
        return row

    def titles(self) -> dict[str, str]:
        """Each column's title (translated)."""
        return {
            "id": self.tr("Mã"),
            "team": self.tr("Tổ"),
            "ballots": self.tr("Số phiếu"),
            "invalid": self.tr("Không hợp lệ"),
            "at": self.tr("Thời điểm nhập"),
            "operator": self.tr("Người nhập"),
            "status": self.tr("Tình trạng"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        t = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = self.tr("Còn hiệu lực") if t.status == "current" else self.tr("Đã hủy: {0}").format(t.reason)
            values: dict[str, object] = {
                "id": t.id,
                "team": t.subtotal.team,
                "ballots": t.subtotal.ballots,
                "invalid": t.subtotal.invalid_total,
                "at": local_time(t.at),
                "operator": t.operator,
                "status": status,
            }
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("id", "ballots", "invalid"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and t.status != "current":
            return QBrush(STRUCK_FG)
        return None


class SubtotalsDialog(QDialog):
    """The subtotals recorded for a round; the chosen one can be voided (a reason is asked).

    Signals:
        void_requested(int): the id of the subtotal people want to void.
    """

    void_requested = Signal(int)

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("subtotals_dialog")
        self.setWindowTitle(self.tr("Kết quả kiểm đếm tay của các tổ"))
        self.resize(900, 420)
        heading = QLabel(title)
        heading.setWordWrap(True)
        self.model = SubtotalsModel(self)
        self.view = QTableView()
        self.view.setObjectName("subtotals_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.void_button = QPushButton(self.tr("Hủy kết quả tổ đã chọn…"))
        self.void_button.setObjectName("void_subtotal")
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._locked = False
        self.void_button.clicked.connect(self._on_void_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def set_rows(self, rows: Sequence[StoredSubtotal], locked: bool) -> None:
        """Shows the round's subtotals; voiding is off once the round is finalized."""
        self.model.set_rows(rows)
        self._locked = locked
        self._on_selection_changed()

    def chosen(self) -> StoredSubtotal | None:
        """The selected subtotal, if any."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    @Slot()
    def _on_selection_changed(self) -> None:
        chosen = self.chosen()
        self.void_button.setEnabled(not self._locked and chosen is not None and chosen.status == "current")

    @Slot()
    def _on_void_button_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.void_requested.emit(chosen.id)
