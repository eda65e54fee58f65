"""Set-up of the elections: body, seats, the list of candidates, the surplus rules checked live."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.candidates_import import NeedColumn, read_candidates
from ballot.checks import check_list
from ballot.collation import name_key
from ballot.model import (
    Body,
    Candidate,
    CandidatePool,
    Election,
    ElectionData,
    ElectionKind,
    HandVote,
    HandVoteTopic,
    PoolTake,
    Round,
)
from ballot.problems import Level
from ballot.rulesets import Parameters
from ballot.text import nfc
from ui import filedialogs
from ui.errors import show_error
from ui.list_column import ask_column
from ui.resources import current_language, ui_font

NO_CAP = -1


def body_names() -> dict[Body, str]:
    """Bodies in the interface language."""
    return {
        Body.COMMITTEE: QCoreApplication.translate("elections", "Ban Chấp hành (cấp ủy)"),
        Body.STANDING_COMMITTEE: QCoreApplication.translate("elections", "Ban Thường vụ"),
        Body.SECRETARY: QCoreApplication.translate("elections", "Bí thư"),
        Body.DEPUTY_SECRETARY: QCoreApplication.translate("elections", "Phó Bí thư"),
        Body.INSPECTION_COMMITTEE: QCoreApplication.translate("elections", "Ủy ban Kiểm tra"),
        Body.INSPECTION_CHAIR: QCoreApplication.translate("elections", "Chủ nhiệm Ủy ban Kiểm tra"),
        Body.INSPECTION_DEPUTY_CHAIR: QCoreApplication.translate("elections", "Phó Chủ nhiệm Ủy ban Kiểm tra"),
        Body.DELEGATES: QCoreApplication.translate("elections", "Đại biểu chính thức đi dự đại hội cấp trên"),
        Body.ALTERNATE_DELEGATES: QCoreApplication.translate("elections", "Đại biểu dự khuyết"),
        Body.OTHER: QCoreApplication.translate("elections", "Khác"),
    }


class ElectionsEditor(QWidget):
    """The congress's elections and, for the one chosen, its list of candidates in ballot order.

    Signals:
        election_saved(object, bool): Save pressed; the Election and whether it is new.
        election_removed(str): people asked to remove the election with this id.
        hand_votes_saved(str, object): the congress's show-of-hands votes for this election (tuple of HandVote).
    """

    election_saved = Signal(object, bool)
    election_removed = Signal(str)
    hand_votes_saved = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: ElectionData | None = None
        self._params = Parameters()
        self._locked: set[str] = set()
        self._current: Election | None = None

        self.elections = QListWidget()
        self.elections.setObjectName("elections_list")
        self.elections.setWordWrap(True)
        self.elections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("Cuộc bầu mới"))
        self.new_button.setObjectName("new_election")
        self.remove_button = QPushButton(self.tr("Xóa cuộc bầu"))
        self.remove_button.setObjectName("remove_election")
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Các cuộc bầu (theo thứ tự bầu)")))
        left.addWidget(self.elections, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.remove_button)
        left.addLayout(left_buttons)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.election_id = QLineEdit()
        self.election_id.setObjectName("election_id")
        self.election_id.setPlaceholderText("bch")
        self.title = QLineEdit()
        self.title.setObjectName("election_title")
        self.body = QComboBox()
        self.body.setObjectName("body")
        for body, name in body_names().items():
            self.body.addItem(name, body)
        self.kind = QComboBox()
        self.kind.setObjectName("election_kind")
        self.kind.addItem(self.tr("Bầu cử"), ElectionKind.ELECTION)
        self.kind.addItem(self.tr("Phiếu xin ý kiến"), ElectionKind.OPINION)
        self.seats = QSpinBox()
        self.seats.setObjectName("seats")
        self.seats.setRange(1, 1000)
        self.max_surplus = QSpinBox()
        self.max_surplus.setObjectName("max_surplus")
        self.max_surplus.setRange(NO_CAP, 1000)
        self.max_surplus.setSpecialValueText(self.tr("theo quy chế"))
        self.max_surplus.setValue(NO_CAP)
        self.pool = QComboBox()
        self.pool.setObjectName("pool")
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Mã")), 0, 0)
        form.addWidget(self.election_id, 0, 1)
        form.addWidget(QLabel(self.tr("Tên cuộc bầu")), 0, 2)
        form.addWidget(self.title, 0, 3)
        form.addWidget(QLabel(self.tr("Bầu")), 1, 0)
        form.addWidget(self.body, 1, 1)
        form.addWidget(QLabel(self.tr("Hình thức")), 1, 2)
        form.addWidget(self.kind, 1, 3)
        form.addWidget(QLabel(self.tr("Số lượng cần bầu")), 2, 0)
        form.addWidget(self.seats, 2, 1)
        form.addWidget(QLabel(self.tr("Số dư tối đa")), 2, 2)
        form.addWidget(self.max_surplus, 2, 3)
        form.addWidget(QLabel(self.tr("Người ứng cử lấy từ")), 3, 0)
        form.addWidget(self.pool, 3, 1, 1, 3)
        form.setColumnStretch(3, 1)

        self.candidates = QTableWidget(0, 2)
        self.candidates.setObjectName("candidates")
        self.candidates.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Ghi chú (năm sinh, đơn vị)")])
        self.candidates.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.candidates.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setFont(ui_font(13))
        self.add_button = QPushButton(self.tr("Thêm người"))
        self.add_button.setObjectName("add_candidate")
        self.delete_button = QPushButton(self.tr("Bỏ người"))
        self.delete_button.setObjectName("delete_candidate")
        self.up_button = QPushButton(self.tr("Lên"))
        self.up_button.setObjectName("move_up")
        self.down_button = QPushButton(self.tr("Xuống"))
        self.down_button.setObjectName("move_down")
        self.sort_button = QPushButton(self.tr("Xếp A-B-C theo tên"))
        self.sort_button.setObjectName("sort_abc")
        self.import_button = QPushButton(self.tr("Nhập từ Excel/CSV…"))
        self.import_button.setObjectName("import_candidates")
        list_buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.sort_button,
            self.import_button,
        ):
            list_buttons.addWidget(b)
        list_buttons.addStretch(1)
        self.problems = QLabel()
        self.problems.setObjectName("list_problems")
        self.problems.setWordWrap(True)
        self.problems.setFont(ui_font(12))
        self.locked_label = QLabel()
        self.locked_label.setObjectName("locked_label")
        self.locked_label.setStyleSheet("color: #8a4b00;")
        self.save_button = QPushButton(self.tr("Lưu cuộc bầu"))
        self.save_button.setObjectName("save_election")
        bottom = QHBoxLayout()
        bottom.addWidget(self.locked_label, 1)
        bottom.addWidget(self.save_button)

        self.hand_votes = HandVotesRow()
        self.hand_votes.saved.connect(self._on_hand_votes_saved)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.candidates, 1)
        right.addLayout(list_buttons)
        right.addWidget(self.problems)
        right.addWidget(self.hand_votes)
        right.addLayout(bottom)
        right_widget = QWidget()
        right_widget.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 986])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.elections.currentRowChanged.connect(self._on_elections_current_row_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.up_button.clicked.connect(self._on_up_clicked)
        self.down_button.clicked.connect(self._on_down_clicked)
        self.sort_button.clicked.connect(self._on_sort_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        for signal in (self.seats.valueChanged, self.max_surplus.valueChanged):
            signal.connect(self._on_list_changed)
        self.body.currentIndexChanged.connect(self._on_list_changed)
        self.kind.currentIndexChanged.connect(self._on_list_changed)
        self.candidates.itemChanged.connect(self._on_list_changed)
        self.new_election()

    # -- data in and out --------------------------------------------------------------------------------------

    def set_data(self, data: ElectionData, params: Parameters, locked: set[str], select: str | None = None) -> None:
        """The congress's elections; `locked` are those with ballots (their list can no longer change)."""
        self._data = data
        self._params = params
        self._locked = locked
        keep = select if select is not None else (self._current.id if self._current else None)
        self.elections.blockSignals(True)
        self.elections.clear()
        for e in data.elections:
            item = QListWidgetItem(f"{e.title}  [{e.id}]")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.elections.addItem(item)
        self.elections.blockSignals(False)
        ids = [e.id for e in data.elections]
        if keep in ids:
            self.elections.setCurrentRow(ids.index(keep))
        elif ids:
            self.elections.setCurrentRow(0)
        else:
            self.new_election()

    def _fill_pool(self, current: CandidatePool | None, own: str) -> None:
        self.pool.clear()
        self.pool.addItem(self.tr("(danh sách riêng)"), None)
        for e in self._data.elections if self._data else ():
            if e.id == own:
                continue
            self.pool.addItem(self.tr("Người trúng cử của: {0}").format(e.title), CandidatePool(e.id, PoolTake.ELECTED))
            self.pool.addItem(
                self.tr("Người không trúng cử của: {0}").format(e.title), CandidatePool(e.id, PoolTake.NOT_ELECTED)
            )
        index = self.pool.findData(current) if current else 0
        self.pool.setCurrentIndex(max(0, index))

    def show_election(self, e: Election) -> None:
        """Fills the form with an election."""
        self._current = e
        self.election_id.setText(e.id)
        self.election_id.setEnabled(False)
        self.title.setText(e.title)
        self.body.setCurrentIndex(max(0, self.body.findData(e.body)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind)))
        self.seats.setValue(e.seats)
        self.max_surplus.setValue(NO_CAP if e.max_surplus is None else e.max_surplus)
        self._fill_pool(e.candidate_pool, e.id)
        self._set_names([(c.name, c.note) for c in e.candidates])
        self.hand_votes.show_votes(e.hand_votes)
        locked = e.id in self._locked
        self.locked_label.setText(self.tr("Cuộc bầu này đã có phiếu: danh sách không sửa được nữa.") if locked else "")
        for w in (self.save_button, self.remove_button, self.import_button, self.sort_button):
            w.setEnabled(not locked)

    def new_election(self) -> None:
        """An empty form for a new election."""
        self._current = None
        self.elections.clearSelection()
        self.election_id.setEnabled(True)
        taken = {e.id for e in self._data.elections} if self._data else set()
        n = len(taken) + 1
        while f"bau{n}" in taken:
            n += 1
        self.election_id.setText(f"bau{n}")
        self.title.setText("")
        self.hand_votes.show_votes(())
        self.body.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.seats.setValue(1)
        self.max_surplus.setValue(NO_CAP)
        self._fill_pool(None, "")
        self._set_names([])
        self.locked_label.setText("")
        for w in (self.save_button, self.import_button, self.sort_button):
            w.setEnabled(True)
        self.remove_button.setEnabled(False)

    def _set_names(self, names: list[tuple[str, str]]) -> None:
        self.candidates.blockSignals(True)
        self.candidates.setRowCount(0)
        for name, note in names:
            row = self.candidates.rowCount()
            self.candidates.insertRow(row)
            self.candidates.setItem(row, 0, QTableWidgetItem(name))
            self.candidates.setItem(row, 1, QTableWidgetItem(note))
        self.candidates.blockSignals(False)
        self._on_list_changed()

    def names(self) -> list[tuple[str, str]]:
        """(name, note) in ballot order; empty rows left out."""
        out = []
        for row in range(self.candidates.rowCount()):
            name_item, note_item = self.candidates.item(row, 0), self.candidates.item(row, 1)
            name = nfc(name_item.text()) if name_item else ""
            note = nfc(note_item.text()) if note_item else ""
            if name:
                out.append((name, note))
        return out

    def election(self) -> Election:
        """The election as set up; candidate numbers follow the ballot order (1, 2, …)."""
        candidates = tuple(Candidate(i + 1, name, note) for i, (name, note) in enumerate(self.names()))
        cap = self.max_surplus.value()
        base = self._current
        return Election(
            id=nfc(self.election_id.text()),
            title=nfc(self.title.text()),
            body=Body(self.body.currentData()),
            seats=self.seats.value(),
            candidates=candidates,
            rounds=base.rounds if base else (),
            kind=ElectionKind(self.kind.currentData()),
            electorate=base.electorate if base else None,
            candidate_pool=self.pool.currentData(),
            max_surplus=None if cap == NO_CAP else cap,
            hand_votes=base.hand_votes if base else self.hand_votes.votes(),
        )

    # -- slots ------------------------------------------------------------------------------------------------

    @Slot(int)
    def _on_elections_current_row_changed(self, row: int) -> None:
        if self._data is None or not 0 <= row < len(self._data.elections):
            return
        self.show_election(self._data.elections[row])

    @Slot()
    def _on_new_clicked(self) -> None:
        self.new_election()

    @Slot()
    def _on_remove_clicked(self) -> None:
        if self._current is not None:
            self.election_removed.emit(self._current.id)

    @Slot()
    def _on_list_changed(self) -> None:
        e = self.election()
        rnd = Round(1, e.seats, tuple(c.no for c in e.candidates), 0, 0)
        lang = current_language()
        problems = check_list(e, rnd, self._params, "list")
        n = len(e.candidates)
        head = self.tr("{0} người cho {1} chỗ · phiếu {2}").format(
            n, e.seats, self.tr("gạch tên") if n > e.seats else self.tr("đồng ý / không đồng ý")
        )
        lines = [head]
        for p in problems:
            mark = self.tr("LỖI") if p.level is Level.ERROR else self.tr("Lưu ý")
            lines.append(f"{mark} [{p.code.value}] {p.message(lang)}")
        if not problems and n:
            lines.append(self.tr("Đúng: danh sách theo quy định về số dư."))
        self.problems.setText("\n".join(lines))
        has_error = any(p.level is Level.ERROR for p in problems)
        self.problems.setStyleSheet("color: #b00020;" if has_error else "")

    @Slot()
    def _on_add_clicked(self) -> None:
        row = self.candidates.currentRow() + 1 if self.candidates.currentRow() >= 0 else self.candidates.rowCount()
        self.candidates.insertRow(row)
        self.candidates.setItem(row, 0, QTableWidgetItem(""))
        self.candidates.setItem(row, 1, QTableWidgetItem(""))
        self.candidates.setCurrentCell(row, 0)
        item = self.candidates.item(row, 0)
        if item is not None:
            self.candidates.editItem(item)

    @Slot()
    def _on_delete_clicked(self) -> None:
        row = self.candidates.currentRow()
        if row >= 0:
            self.candidates.removeRow(row)
            self._on_list_changed()

    def _move(self, step: int) -> None:
        row = self.candidates.currentRow()
        names = self._rows_raw()
        target = row + step
        if row < 0 or not 0 <= target < len(names):
            return
        names[row], names[target] = names[target], names[row]
        self._set_names(names)
        self.candidates.setCurrentCell(target, 0)

    def _cell(self, r: int, c: int) -> str:
        item = self.candidates.item(r, c)
        return item.text() if item is not None else ""

    def _rows_raw(self) -> list[tuple[str, str]]:
        return [
            (
                self._cell(r, 0),
                self._cell(r, 1),
            )
            for r in range(self.candidates.rowCount())
        ]

    @Slot()
    def _on_up_clicked(self) -> None:
        self._move(-1)

    @Slot()
    def _on_down_clicked(self) -> None:
        self._move(1)

    @Slot()
    def _on_sort_clicked(self) -> None:
        self._set_names(sorted(self.names(), key=lambda nn: (name_key(nn[0]), nn[1])))

    def ask_import_path(self) -> str:
        """Asks for the file to import (replaced in tests)."""
        return filedialogs.open_file(self, self.tr("Nhập danh sách bầu cử"), self.tr("Bảng tính (*.xlsx *.csv)"))

    @Slot()
    def _on_import_clicked(self) -> None:
        path = self.ask_import_path()
        if path:
            self.import_file(path)

    def import_file(self, path: str, name_column: int | None = None) -> bool:
        """Appends the names of an Excel/CSV list; a bad file is explained and changes nothing.

        Without a "Họ và tên" header the column is asked (and the import done again with it): False until then.
        """
        try:
            imported = read_candidates(path, name_column=name_column)
        except Exception as exc:
            show_error(self, exc)
            return False
        if isinstance(imported, NeedColumn):
            ask_column(self, imported, Path(path).name, lambda column: self.import_file(path, column))
            return False
        self._set_names(self.names() + [(n.name, n.note) for n in imported])
        return True

    @Slot()
    def _on_hand_votes_saved(self) -> None:
        if self._current is None:
            self.problems.setText(self.tr("Lưu cuộc bầu trước, rồi ghi kết quả biểu quyết."))
            return
        self.hand_votes_saved.emit(self._current.id, self.hand_votes.votes())

    @Slot()
    def _on_save_clicked(self) -> None:
        e = self.election()
        if not re.fullmatch(r"[A-Za-z0-9_-]+", e.id):
            self.problems.setText(self.tr("Mã cuộc bầu chỉ gồm chữ không dấu, số, - và _ (ví dụ: bch)."))
            self.problems.setStyleSheet("color: #b00020;")
            return
        self.election_saved.emit(e, self._current is None)


class HandVotesRow(QWidget):
    """The congress's show-of-hands votes on the number to elect and on the list (the minutes quote them).

    Signals:
        saved(): the save button was pressed.
    """

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(QLabel(self.tr("Biểu quyết (giơ tay):")), 0, 0)
        heads = (self.tr("Đồng ý"), self.tr("Không đồng ý"), self.tr("Không biểu quyết"))
        for col, text in enumerate(heads, start=1):
            grid.addWidget(QLabel(text), 0, col)
        self.spins: dict[HandVoteTopic, tuple[QSpinBox, QSpinBox, QSpinBox]] = {}
        labels = {HandVoteTopic.SEATS: self.tr("Số lượng cần bầu"), HandVoteTopic.LIST: self.tr("Danh sách bầu cử")}
        for row, (topic, label) in enumerate(labels.items(), start=1):
            grid.addWidget(QLabel(label), row, 0)
            boxes = tuple(QSpinBox() for _ in range(3))
            for col, box in enumerate(boxes, start=1):
                box.setRange(-1, 99999)
                box.setSpecialValueText("—")
                box.setObjectName(f"hand_{topic.value}_{col}")
                grid.addWidget(box, row, col)
            self.spins[topic] = boxes  # type: ignore[assignment]
        self.save_button = QPushButton(self.tr("Lưu biểu quyết"))
        self.save_button.setObjectName("save_hand_votes")
        self.save_button.clicked.connect(self.saved)
        grid.addWidget(self.save_button, 2, 4)
        grid.setColumnStretch(5, 1)

    def show_votes(self, votes: tuple[HandVote, ...]) -> None:
        """Shows recorded votes; a topic without a vote shows blanks."""
        by_topic = {v.topic: v for v in votes}
        for topic, boxes in self.spins.items():
            v = by_topic.get(topic)
            for box, value in zip(boxes, (v.agree, v.disagree, v.abstain) if v else (-1, -1, -1), strict=True):
                box.setValue(value)

    def votes(self) -> tuple[HandVote, ...]:
        """The votes typed: a topic whose agree box is blank is not recorded."""
        out = []
        for topic, (agree, disagree, abstain) in self.spins.items():
            if agree.value() >= 0:
                out.append(HandVote(topic, agree.value(), max(0, disagree.value()), max(0, abstain.value())))
        return tuple(out)
