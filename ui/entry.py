"""Ballot entry at the keyboard: the paper as printed, one typed line per ballot, Enter saves.

A line that makes the ballot invalid by its marks (the rules' own test), or a stack above the threshold, shows
in red while it is typed and needs a second Enter; a stack past what the round can hold is refused with the
numbers before Enter. The same widget types a team's stack in the blind pass (one ballot at a time).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.entry import Room, stack_refusal
from app.entry_parse import EntrySpec, Reading, invalid_by_marks, read_line, to_ballot
from app.texts import text as catalogue
from ballot.model import Ballot, Form, MarkedBallot, NominatedBallot, RuledInvalidBallot, StruckBallot
from ui.errors import show_error
from ui.keys import KeyActions
from ui.models import BallotPaperModel, PaperRow
from ui.resources import ui_font
from ui.settings import STACK_THRESHOLD

Saver = Callable[[Ballot], object]

NAME_POINT_SIZE = 15
LINE_POINT_SIZE = 22
LINE_STYLES = {
    "normal": "",
    "caution": "QLineEdit { background: #fde7e9; color: #8b0015; border: 3px solid #b00020; }",
}


class BallotEntryWidget(QWidget):
    """Types ballots in: the struck rows (or kept rows with F2 / '+'), or one key per row.

    Signals:
        ballot_saved(object): a ballot was durably saved by the saver (the Ballot).
        undo_requested(): people asked to take back the last ballot (Ctrl+Z).
    """

    ballot_saved = Signal(object)
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec: EntrySpec | None = None
        self._saver: Saver | None = None
        self._kept_default = False
        self._team: str | None = None
        self._stacks = True
        self._threshold = STACK_THRESHOLD
        self._counted = 0
        self._room: Room | None = None
        self._armed: str | None = None  # the line a first Enter was pressed on, waiting for the confirming Enter
        self._line_style = "normal"
        self._model = BallotPaperModel(self)
        self._model.set_font(ui_font(NAME_POINT_SIZE))

        self.title = QLabel()
        self.title.setObjectName("entry_title")
        self.title.setFont(ui_font(14, bold=True))
        self.title.setWordWrap(True)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("entry_mode")
        self.mode_label.setFont(ui_font(13, bold=True))
        self.counter_label = QLabel()
        self.counter_label.setObjectName("entry_counter")
        self.counter_label.setFont(ui_font(14, bold=True))
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counter_label.setMinimumWidth(
            self.counter_label.fontMetrics().horizontalAdvance("Đã nhập 00000 / thu vào 00000")
        )

        self.list_view = QListView()
        self.list_view.setObjectName("paper_list")
        self.list_view.setModel(self._model)
        self.list_view.setFlow(QListView.Flow.TopToBottom)
        self.list_view.setWrapping(True)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSpacing(2)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list_view.setFont(ui_font(NAME_POINT_SIZE))

        self.table_view = QTableView()
        self.table_view.setObjectName("paper_table")
        self.table_view.setModel(self._model)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.setFont(ui_font(NAME_POINT_SIZE))
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.paper = QStackedWidget()
        self.paper.addWidget(self.list_view)
        self.paper.addWidget(self.table_view)

        self.line = QLineEdit()
        self.line.setObjectName("entry_line")
        self.line.setFont(QFont(ui_font(LINE_POINT_SIZE, bold=True)))
        self.line.setMinimumHeight(48)
        self.line.setClearButtonEnabled(False)
        self.line.textChanged.connect(self._on_line_text_changed)

        self.status = QLabel()
        self.status.setObjectName("entry_status")
        self.status.setFont(ui_font(13))
        self.status.setWordWrap(True)
        # fixed heights: a label growing by a line would re-lay out the whole paper on every keystroke
        self.status.setFixedHeight(self.status.fontMetrics().lineSpacing() * 2 + 6)
        self.keys = QLabel()
        self.keys.setObjectName("entry_keys")
        self.keys.setWordWrap(True)
        self.keys.setFont(ui_font(11))

        top = QHBoxLayout()
        top.addWidget(self.mode_label, 1)
        top.addWidget(self.counter_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.paper, 1)
        layout.addWidget(self.line)
        layout.addWidget(self.status)
        layout.addWidget(self.keys)

        KeyActions(
            self.line,
            {
                Qt.Key.Key_Return: self.submit,
                Qt.Key.Key_Enter: self.submit,
                Qt.Key.Key_F2: self.toggle_kept_mode,
                QKeySequence.StandardKey.Undo: self.undo_requested.emit,
                Qt.Key.Key_Escape: self.line.clear,
            },
        )
        self.set_paper(None, (), "")

    # -- set-up -----------------------------------------------------------------------------------------------

    def set_saver(self, saver: Saver | None) -> None:
        """The call that durably saves a ballot (raises to refuse it)."""
        self._saver = saver

    def set_team(self, team: str | None) -> None:
        """The counting team recorded on each ballot."""
        self._team = team or None

    def set_stacks_allowed(self, allowed: bool) -> None:
        """Whether ``*N`` (a stack of identical ballots) may be typed (not in a blind pass: one paper at a time,
        where Ctrl+Z goes back one paper)."""
        self._stacks = allowed
        self._show_keys()

    def set_stack_threshold(self, threshold: int) -> None:
        """A stack of more ballots than this needs a second Enter."""
        self._threshold = max(1, threshold)

    def set_room(self, counted: int, room: Room | None) -> None:
        """What the round holds so far and can hold: a stack past it is refused before Enter."""
        self._counted, self._room = counted, room

    def set_paper(self, spec: EntrySpec | None, rows: tuple[PaperRow, ...], title: str) -> None:
        """Shows a round's paper; None shows nothing to enter."""
        self._spec = spec
        self.title.setText(title)
        marking = spec is not None and spec.form is Form.AGREE_DISAGREE
        self._model.set_rows(rows, marking)
        self.paper.setCurrentWidget(self.table_view if marking else self.list_view)
        self.line.clear()
        self.line.setEnabled(spec is not None and self._saver is not None)
        self._armed = None
        self._kept_default = False
        self._show_mode()
        self._show_keys()
        self._set_status(self.tr("Chọn một lần bầu để nhập phiếu.") if spec is None else "", "info")
        self._size_names()

    def set_locked(self, locked: bool, why: str = "") -> None:
        """Stops entry (finalized round, or counts not set)."""
        self.line.setEnabled(not locked and self._spec is not None and self._saver is not None)
        if locked:
            self._set_status(why, "info")

    def set_counts(self, entered: int, collected: int) -> None:
        """Shows ballots entered against ballots collected (collected not entered yet: said so)."""
        if collected:
            self.counter_label.setText(self.tr("Đã nhập {0} / thu vào {1}").format(entered, collected))
        else:
            self.counter_label.setText(self.tr("Đã nhập {0} / chưa ghi số thu vào").format(entered))
        over = collected and entered > collected
        self.counter_label.setStyleSheet("color: #b00020;" if over else "")

    def set_counter_text(self, text: str) -> None:
        """The counter's own words (a blind pass: 'Phiếu số 3 / 20')."""
        self.counter_label.setText(text)
        self.counter_label.setStyleSheet("")

    @property
    def kept_mode(self) -> bool:
        """True when typed numbers are the kept names."""
        return self._kept_default

    def model(self) -> BallotPaperModel:
        """The paper model (for tests and screenshots)."""
        return self._model

    # -- behaviour --------------------------------------------------------------------------------------------

    def _size_names(self) -> None:
        metrics = self.list_view.fontMetrics()
        labels = (str(self._model.index(i, 0).data()) for i in range(self._model.rowCount()))
        longest = max((metrics.horizontalAdvance(text) for text in labels), default=200)
        self.list_view.setGridSize(QSize(longest + 36, metrics.height() + 10))

    def _reading(self) -> Reading | None:
        if self._spec is None:
            return None
        return read_line(self.line.text(), self._spec, self._kept_default)

    def _show_mode(self) -> None:
        if self._spec is None:
            self.mode_label.setText("")
        elif self._spec.form is Form.AGREE_DISAGREE:
            self.mode_label.setText(self.tr("Phiếu đồng ý / không đồng ý"))
        elif self._spec.form is Form.WRITTEN:
            self.mode_label.setText(
                self.tr("Phiếu giới thiệu: gõ số thứ tự người ĐƯỢC GHI (tối đa {0} tên)").format(self._spec.seats)
            )
        elif self._kept_default:
            self.mode_label.setText(self.tr("Gõ tên ĐƯỢC GIỮ (F2: đổi)"))
        else:
            self.mode_label.setText(self.tr("Gõ tên BỊ GẠCH (F2: đổi)"))

    def _show_keys(self) -> None:
        if self._spec is not None and self._spec.form is Form.WRITTEN:
            text = self.tr(
                "Gõ số thứ tự của những người được ghi trên phiếu, cách nhau bằng dấu cách · 0 phiếu không ghi tên nào"
                " · +1 một tên ngoài danh sách  |  /1 /2 /3 phiếu không hợp lệ · *5 năm phiếu giống nhau · Enter lưu"
                " · Esc xóa dòng · Ctrl+Z lấy lại phiếu vừa lưu"
            )
        elif self._spec is not None and self._spec.form is Form.AGREE_DISAGREE:
            text = self.tr(
                "Mỗi dòng một phím: 1 đồng ý · 2 không đồng ý · 0 bỏ trống · 3 cả hai ô · + các dòng còn lại đồng ý"
                "  |  /1 /2 /3 phiếu không hợp lệ"
            )
        else:
            text = self.tr(
                "Gõ số thứ tự, cách nhau bằng dấu cách hoặc dấu chấm · 0 không gạch tên nào · + đầu dòng: gõ tên giữ lại"
                " · F2 đổi cách gõ  |  /1 /2 /3 phiếu không hợp lệ"
            )
        if self._stacks:
            text += self.tr(" · *5 năm phiếu giống nhau · Enter lưu · Esc xóa dòng · Ctrl+Z lấy lại phiếu vừa lưu")
        else:
            text += self.tr(" · Enter lưu, sang phiếu sau · Esc xóa dòng · Ctrl+Z quay lại phiếu trước")
        self.keys.setText(text)

    def _set_status(self, text: str, kind: str) -> None:
        colours = {"error": "#b00020", "ok": "#1b6e20", "info": "#444444"}
        self.status.setStyleSheet(f"color: {colours[kind]};")
        self.status.setText(text)

    def _set_line_style(self, kind: str) -> None:
        if kind != self._line_style:  # a style sheet is set only when it changes: it re-polishes the line
            self._line_style = kind
            self.line.setStyleSheet(LINE_STYLES[kind])

    @Slot(str)
    def _on_line_text_changed(self, text: str) -> None:
        self._armed = None
        reading = self._reading()
        if reading is None:
            return
        if self._spec is not None and self._spec.form is Form.WRITTEN:
            self._model.set_written(frozenset(reading.typed_rows))
        else:
            self._model.set_reading(reading.struck_rows, reading.marks)
        if not text.strip():
            self._set_line_style("normal")
            return
        error = reading.error
        if error is not None:
            self._set_line_style("normal")
            self._set_status(error.text(), "info" if error.incomplete else "error")
            return
        refusal, cautions = self._check(reading)
        if refusal:
            self._set_line_style("caution")
            self._set_status(refusal, "error")
        elif cautions:
            self._set_line_style("caution")
            self._set_status(" ".join(cautions) + " " + self.tr("Enter hai lần để lưu."), "error")
        else:
            self._set_line_style("normal")
            self._set_status(self._describe(reading), "info")

    def _check(self, reading: Reading) -> tuple[str, list[str]]:
        """(why the line cannot be saved, what needs a second Enter) for a complete reading."""
        assert self._spec is not None
        if reading.count > 1 and not self._stacks:
            return catalogue("stack.one_by_one"), []
        refused = stack_refusal(reading.count, self._counted, self._room)
        if refused is not None:
            return refused.message(), []
        cautions = []
        reason = invalid_by_marks(to_ballot(reading, self._spec), self._spec)
        if reason is not None:
            cautions.append(
                self.tr("PHIẾU KHÔNG HỢP LỆ: {0}.").format(catalogue(f"invalid.{reason.value}"))
                + self._kept_words(reading)
            )
        if reading.count > self._threshold:
            cautions.append(self.tr("{0} phiếu giống nhau (nhiều hơn {1}).").format(reading.count, self._threshold))
        return "", cautions

    def _kept_words(self, reading: Reading) -> str:
        assert self._spec is not None
        if self._spec.form is Form.WRITTEN:
            written = len(reading.typed_rows) + reading.outside
            words = self.tr("Ghi {0} tên, được ghi {1}.").format(written, self._spec.seats)
            if reading.outside:
                words += " " + self.tr("Có {0} tên ngoài danh sách giới thiệu.").format(reading.outside)
            return " " + words
        if self._spec.form is not Form.STRIKE_OUT:
            return ""
        kept = self._spec.rows - len(reading.struck_rows)
        return " " + self.tr("Giữ {0} tên, được bầu {1}.").format(kept, self._spec.seats)

    def _describe(self, reading: Reading) -> str:
        assert self._spec is not None
        stack = self.tr(" — {0} phiếu giống nhau").format(reading.count) if reading.count > 1 else ""
        if reading.ruled is not None:
            return self.tr("Phiếu không hợp lệ (do Ban kiểm phiếu xác định). Enter để lưu.") + stack
        if self._spec.form is Form.AGREE_DISAGREE:
            return self.tr("Đủ {0} dòng. Enter để lưu.").format(self._spec.rows) + stack
        if self._spec.form is Form.WRITTEN:
            return self._describe_written(reading) + stack
        kept = self._spec.rows - len(reading.struck_rows)
        return self.tr("Gạch {0} tên, giữ {1} tên. Enter để lưu.").format(len(reading.struck_rows), kept) + stack

    def _describe_written(self, reading: Reading) -> str:
        if not reading.typed_rows and not reading.outside:
            return self.tr("Phiếu không ghi tên nào (hợp lệ, không giới thiệu ai). Enter để lưu.")
        return self.tr("Ghi {0} tên. Enter để lưu.").format(len(reading.typed_rows))

    def submit(self) -> bool:
        """Saves the typed line as a ballot; True when it was saved. A line that makes an invalid ballot, or a
        stack above the threshold, is saved by a second Enter on the same line."""
        reading = self._reading()
        if reading is None or self._saver is None or self._spec is None:
            return False
        if reading.error is not None:
            self._set_status(reading.error.text(), "error")
            self.line.setCursorPosition(min(reading.error.at, len(self.line.text())))
            return False
        refusal, cautions = self._check(reading)
        if refusal:
            self._set_status(refusal, "error")
            return False
        if cautions and self._armed != self.line.text():
            self._armed = self.line.text()
            self._set_status(
                " ".join(cautions) + " " + self.tr("Nhấn Enter lần nữa để lưu đúng như vậy, Esc để gõ lại."), "error"
            )
            return False
        ballot = to_ballot(reading, self._spec, self._team)
        try:
            self._saver(ballot)
        except Exception as exc:  # shown to people; the ballot was not saved and the line is kept
            self._armed = None
            self._set_status(self.tr("Phiếu CHƯA được lưu."), "error")
            show_error(self, exc)
            return False
        self.line.clear()
        self._model.set_reading(frozenset(), ())
        self._model.set_written(frozenset())
        self._set_status(self._saved_text(ballot), "ok")
        self.ballot_saved.emit(ballot)
        return True

    def _saved_text(self, ballot: Ballot) -> str:
        assert self._spec is not None
        stack = self.tr(" ({0} phiếu)").format(ballot.count) if ballot.count > 1 else ""
        reason = invalid_by_marks(ballot, self._spec)
        if reason is not None:
            return self.tr("Đã lưu phiếu không hợp lệ: {0}").format(catalogue(f"invalid.{reason.value}")) + stack
        if isinstance(ballot, RuledInvalidBallot):
            return self.tr("Đã lưu phiếu không hợp lệ: {0}").format(catalogue(f"invalid.{ballot.reason.value}")) + stack
        if isinstance(ballot, StruckBallot):
            return self.tr("Đã lưu: gạch {0} tên").format(len(ballot.struck)) + stack
        if isinstance(ballot, NominatedBallot):
            return self.tr("Đã lưu phiếu giới thiệu: ghi {0} tên").format(ballot.written) + stack
        assert isinstance(ballot, MarkedBallot)
        return self.tr("Đã lưu phiếu") + stack

    def toggle_kept_mode(self) -> None:
        """Switches between typing the struck names and typing the kept names (strike-out form only)."""
        if self._spec is None or self._spec.form is not Form.STRIKE_OUT:
            return
        self._kept_default = not self._kept_default
        self._show_mode()
        self._on_line_text_changed(self.line.text())
