"""The counting teams page: entry mode, teams and their stacks, blind entry, differences, progress, stations."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import congress, handover, reports, room, stacks, teams
from app.entry_parse import EntrySpec
from app.progress import StackStatus
from app.record.kinds import StackKind
from app.stacks import refuse
from ballot.double_entry import Refusal
from ballot.election import parameters
from ui import filedialogs
from ui.desk import Desk
from ui.dialogs import ask_fields, confirm, information
from ui.differences import DifferencesDialog
from ui.errors import show_error
from ui.models import PaperRow
from ui.open_stack import ask_open_stack
from ui.operator import edit_staff
from ui.progress import ProgressPanel, RowsModel, table
from ui.projector import ProjectorWindow
from ui.round_chooser import RoundChooser, first_open


class TeamsPage(QWidget):
    """Teams (tổ kiểm phiếu), their stacks in the chosen round, and everything done with them.

    Signals:
        operator_change_requested(): the one typing must be someone else (a second pass): ask who.
    """

    operator_change_requested = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teams_page")
        self.desk = desk
        self.chooser = RoundChooser()
        self.mode = QComboBox()
        self.mode.setObjectName("entry_mode")
        for n, label in (
            (1, self.tr("Nhập một lần")),
            (2, self.tr("Nhập độc lập hai lần")),
            (3, self.tr("Nhập độc lập ba lần")),
        ):
            self.mode.addItem(label, n)
        self.stack_rows: list[StackStatus] = []
        self.stacks_model = RowsModel(
            [
                self.tr("Tổ"),
                self.tr("Loại"),
                self.tr("Số phiếu"),
                self.tr("Số lần nhập"),
                self.tr("Trạng thái"),
                self.tr("Các lần nhập"),
            ],
            self,
        )
        self.stacks_view = table(self.stacks_model)
        self.stacks_view.setObjectName("stacks_view")
        self.teams_label = QLabel()
        self.teams_label.setObjectName("teams_label")
        self.teams_label.setWordWrap(True)
        self.progress = ProgressPanel(desk)
        self.projector: ProjectorWindow | None = None
        self.dialog: QWidget | None = None
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for i, (key, text, slot) in enumerate(
            (
                ("enter", self.tr("Nhập tập phiếu đã chọn (độc lập)…"), self._on_enter_clicked),
                ("differences", self.tr("Chỗ khác nhau (trưởng ban)…"), self._on_differences_clicked),
                ("stack", self.tr("Mở tập phiếu của tổ…"), self._on_stack_clicked),
                ("team", self.tr("Lập tổ…"), self._on_team_clicked),
                ("staff", self.tr("Cán bộ kỹ thuật…"), self._on_staff_clicked),
                ("projector", self.tr("Màn hình chiếu"), self._on_projector_clicked),
                ("copy", self.tr("Tạo bản sao cho máy khác…"), self._on_copy_clicked),
                ("export", self.tr("Xuất tệp bàn giao…"), self._on_export_clicked),
                ("merge", self.tr("Nhận tệp bàn giao…"), self._on_merge_clicked),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(f"teams_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button, i // 5, i % 5)
            self.buttons[key] = button
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Lần bầu:")))
        top.addWidget(self.chooser, 1)
        top.addWidget(QLabel(self.tr("Cách nhập:")))
        top.addWidget(self.mode)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.teams_label)
        layout.addWidget(self.stacks_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress, 1)
        self.chooser.round_chosen.connect(self._on_chooser_round_chosen)
        self.mode.activated.connect(self._on_mode_activated)

    # ---- showing ---------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads everything again; the first time, on the first round still open."""
        data = reports.data(self.desk.db)
        self.chooser.set_data(data, first_open(self.desk.db, data) if self.chooser.current() is None else None)
        self._show()

    def _show(self) -> None:
        self.mode.setCurrentIndex(self.mode.findData(reports.entry_mode(self.desk.db)))
        made = teams.teams(self.desk.db)
        text = (
            self.tr("Các tổ: ") + "; ".join(f"{t.name} ({', '.join(t.members) or '—'})" for t in made)
            if made
            else self.tr("Chưa lập tổ kiểm phiếu nào.")
        )
        staff = room.staff(self.desk.db)
        if staff:
            text += "\n" + self.tr("Cán bộ kỹ thuật: {0}").format(", ".join(staff))
        self.teams_label.setText(text)
        chosen = self.chooser.current()
        self.stack_rows = [] if chosen is None else stacks.stacks(self.desk.db, *chosen)
        states = {
            "awaiting": self.tr("Chờ nhập"),
            "differ": self.tr("Có chỗ khác nhau"),
            "definitive": self.tr("Đã xác định"),
        }
        kinds = {"ballots": self.tr("Từng phiếu"), "subtotal": self.tr("Bảng tổng hợp")}
        self.stacks_model.set_rows(
            [
                (
                    s.team,
                    kinds[s.kind],
                    s.collected,
                    s.required,
                    states[s.state] + (f" ({s.open_differences})" if s.open_differences else ""),
                    ", ".join(f"{p.operator}{'' if p.completed else ' …'} {p.entered}" for p in s.passes) or "—",
                )
                for s in self.stack_rows
            ]
        )
        if chosen is not None:
            self.progress.show_round(*chosen)

    def selected_stack(self) -> StackStatus | None:
        """The stack selected in the table (the first when none is)."""
        index = self.stacks_view.currentIndex()
        row = index.row() if index.isValid() else 0
        return self.stack_rows[row] if 0 <= row < len(self.stack_rows) else None

    def _spec(self, stack: StackStatus) -> EntrySpec:
        return self._paper(stack)[0]

    def _paper(self, stack: StackStatus) -> tuple[EntrySpec, tuple[PaperRow, ...], str]:
        """The round's paper: what to type against, its printed lines, its title."""
        data = reports.data(self.desk.db)
        election = data.election(stack.election_id)
        rnd = next(r for r in election.rounds if r.number == stack.round_no)
        spec = EntrySpec(election.form(rnd), rnd.candidates, rnd.seats, election.kind, parameters(data))
        by_no = {c.no: c for c in election.candidates}
        rows = tuple(PaperRow(i + 1, by_no[no].name, by_no[no].note) for i, no in enumerate(rnd.candidates))
        title = self.tr("{0} — lần bầu thứ {1} — tập phiếu của tổ {2}").format(election.title, rnd.number, stack.team)
        return spec, rows, title

    # ---- actions ---------------------------------------------------------------------------------------------

    def _run(self, action: object, *args: object) -> bool:
        try:
            action(*args)  # type: ignore[operator]
        except Exception as exc:
            show_error(self, exc)
            return False
        self._show()
        return True

    @Slot(str, int)
    def _on_chooser_round_chosen(self, _election: str, _round: int) -> None:
        self._run(lambda: None)

    @Slot(int)
    def _on_mode_activated(self, index: int) -> None:
        mode = int(self.mode.itemData(index))

        def accept(values: dict[str, str]) -> None:
            self._run(congress.set_entry_mode, self.desk.db, self.desk.actor, mode, values["pin"])

        ask_fields(
            self,
            self.tr("Cách nhập phiếu"),
            self.tr("Đổi cách nhập cho các tập phiếu mở từ nay (cần mã PIN của trưởng ban)."),
            [("pin", self.tr("Mã PIN"), True)],
            accept,
        )
        self.mode.setCurrentIndex(self.mode.findData(reports.entry_mode(self.desk.db)))

    @Slot()
    def _on_team_clicked(self) -> None:
        def accept(values: dict[str, str]) -> None:
            self._run(teams.add_team, self.desk.db, self.desk.actor, values["name"], values["members"].split(","))

        ask_fields(
            self,
            self.tr("Lập tổ kiểm phiếu"),
            self.tr("Tên tổ và những người nhập phiếu của tổ (cách nhau bằng dấu phẩy)."),
            [("name", self.tr("Tên tổ"), False), ("members", self.tr("Thành viên"), False)],
            accept,
        )

    @Slot()
    def _on_stack_clicked(self) -> None:
        self.ask_open_stack()

    def ask_open_stack(self) -> QWidget | None:
        """Opens a stack with choices: the team from the list, the kind from a list, the size."""
        chosen = self.chooser.current()
        if chosen is None:
            return None
        rnd = next(r for r in reports.data(self.desk.db).election(chosen[0]).rounds if r.number == chosen[1])
        in_stacks = sum(s.collected for s in self.stack_rows)

        def open_it(team: str, size: int, kind: StackKind) -> bool:
            return self._run(lambda: stacks.open_stack(self.desk.db, self.desk.actor, *chosen, team, size, kind=kind))

        dialog = ask_open_stack(self, teams.teams(self.desk.db), rnd.ballots_collected, in_stacks, open_it)
        self.dialog = dialog
        return dialog

    @Slot()
    def _on_enter_clicked(self) -> None:
        self.enter_selected()

    def enter_selected(self) -> QWidget | None:
        """This operator's blind pass of the selected stack: checked first (a second pass needs someone else),
        then the paper (ballots) or the sheet form (a hand-counted team)."""
        from ui.stack_entry import StackEntryDialog, sheet_pass

        stack = self.selected_stack()
        if stack is None:
            information(self, self.tr("Chọn một tập phiếu trong bảng (mở tập phiếu trước nếu chưa có)."))
            return None
        refusal = stacks.entry_refusal(self.desk.db, self.desk.actor, stack.id)
        if refusal is not None:
            if refusal.code == refuse(Refusal.SAME_OPERATOR).code:
                return confirm(
                    self,
                    self.tr(
                        "{0} đã nhập một lần tập phiếu của tổ {1}. Lần nhập độc lập tiếp theo phải do người khác "
                        "nhập. Đổi người nhập phiếu ngay?"
                    ).format(self.desk.actor.operator, stack.team),
                    self.operator_change_requested.emit,
                )
            show_error(self, refusal)
            return None
        spec, rows, title = self._paper(stack)
        if stack.kind == StackKind.SUBTOTAL:
            from ui.subtotals import SubtotalDialog

            sheet = SubtotalDialog(self, title, spec.form, list(zip(spec.candidates, rows, strict=True)))
            self.dialog = sheet_pass(self, self.desk, stack, sheet, self._on_sheet_completed)
            return self.dialog
        dialog = StackEntryDialog(self.desk, stack, spec, rows, title, self)
        dialog.pass_completed.connect(self._on_pass_completed)
        dialog.finished.connect(lambda _r: self._show())
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot(str)
    def _on_sheet_completed(self, state: str) -> None:
        self._show()
        self._on_pass_completed(state)

    @Slot(str)
    def _on_pass_completed(self, state: str) -> None:
        texts = {
            "awaiting": self.tr("Đã lưu lần nhập. Tập phiếu chờ lần nhập độc lập tiếp theo (người khác nhập)."),
            "differ": self.tr("Các lần nhập có chỗ khác nhau: trưởng ban đối chiếu phiếu giấy và quyết định."),
            "definitive": self.tr("Các lần nhập trùng khớp: tập phiếu đã xác định và được tính."),
        }
        information(self, texts[state])

    @Slot()
    def _on_differences_clicked(self) -> None:
        stack = self.selected_stack()
        if stack is None or stack.state != "differ":
            information(self, self.tr("Chọn một tập phiếu đang có chỗ khác nhau."))
            return
        spec, rows, _title = self._paper(stack)
        dialog = DifferencesDialog(self.desk, stack.id, spec, self, rows)
        dialog.resolved.connect(lambda _s: self._show())
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _on_staff_clicked(self) -> None:
        self.edit_staff()

    def edit_staff(self) -> QWidget:
        """The technical staff list, one name a line (kept with the congress, logged)."""
        dialog = edit_staff(
            self,
            room.staff(self.desk.db),
            lambda names: self._run(room.set_staff, self.desk.db, self.desk.actor, names),
        )
        self.dialog = dialog
        return dialog

    @Slot()
    def _on_projector_clicked(self) -> None:
        chosen = self.chooser.current()
        if chosen is None:
            return
        if self.projector is not None:
            self.projector.close()
        self.projector = ProjectorWindow(self.desk, *chosen)
        self.projector.resize(1280, 720)
        self.projector.show()

    @Slot()
    def _on_copy_clicked(self) -> None:
        from ui.stations import open_copy  # issue 11: the station's key registered with the PIN, then its copy

        self.dialog = open_copy(self, self.desk)

    @Slot()
    def _on_export_clicked(self) -> None:
        path = filedialogs.save_file(self, self.tr("Xuất tệp bàn giao"), "", "*.kpentries")
        if path and self._run(handover.export_entries, self.desk.db, self.desk.actor, path):
            information(self, self.tr("Đã ghi tệp bàn giao {0}.").format(path))

    @Slot()
    def _on_merge_clicked(self) -> None:
        path = filedialogs.open_file(self, self.tr("Nhận tệp bàn giao"), "*.kpentries")
        if path:
            self.merge(path)

    def merge(self, path: str) -> None:
        """Checks and merges a station's handover file, then says how many passes were new."""
        merged: list[int] = []
        if self._run(lambda: merged.append(handover.merge_entries(self.desk.db, self.desk.actor, path))):
            information(self, self.tr("Đã nhận {0} lần nhập mới.").format(merged[0]))
