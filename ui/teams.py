"""The counting teams page: entry mode, teams and their stacks, blind entry, differences, progress, stations."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import congress, handover, reports, stacks, teams
from app.entry_parse import EntrySpec
from app.progress import StackStatus
from app.record.kinds import StackKind
from ui import filedialogs
from ui.desk import Desk
from ui.dialogs import ask_fields, information
from ui.differences import DifferencesDialog
from ui.errors import show_error
from ui.progress import ProgressPanel, RowsModel, table
from ui.projector import ProjectorWindow
from ui.round_chooser import RoundChooser


class TeamsPage(QWidget):
    """Teams (tổ kiểm phiếu), their stacks in the chosen round, and everything done with them."""

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
                ("team", self.tr("Lập tổ…"), self._on_team_clicked),
                ("stack", self.tr("Mở tập phiếu của tổ…"), self._on_stack_clicked),
                ("enter", self.tr("Nhập tập phiếu (độc lập)…"), self._on_enter_clicked),
                ("differences", self.tr("Chỗ khác nhau (trưởng ban)…"), self._on_differences_clicked),
                ("projector", self.tr("Màn hình chiếu"), self._on_projector_clicked),
                ("copy", self.tr("Tạo bản sao cho máy khác…"), self._on_copy_clicked),
                ("export", self.tr("Xuất tệp bàn giao…"), self._on_export_clicked),
                ("merge", self.tr("Nhận tệp bàn giao…"), self._on_merge_clicked),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(f"teams_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button, i // 4, i % 4)
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
        """Reads everything again."""
        self.chooser.set_data(reports.data(self.desk.db))
        self._show()

    def _show(self) -> None:
        self.mode.setCurrentIndex(self.mode.findData(reports.entry_mode(self.desk.db)))
        made = teams.teams(self.desk.db)
        self.teams_label.setText(
            self.tr("Các tổ: ") + "; ".join(f"{t.name} ({', '.join(t.members) or '—'})" for t in made)
            if made
            else self.tr("Chưa lập tổ kiểm phiếu nào.")
        )
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
        election = reports.data(self.desk.db).election(stack.election_id)
        rnd = next(r for r in election.rounds if r.number == stack.round_no)
        return EntrySpec(election.form(rnd), rnd.candidates, rnd.seats)

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
        chosen = self.chooser.current()
        if chosen is None:
            return

        def accept(values: dict[str, str]) -> None:
            subtotal = values["kind"].strip().lower() in ("2", "tổng hợp", "bảng")
            kind = StackKind.SUBTOTAL if subtotal else StackKind.BALLOTS
            size = int(values["size"]) if values["size"].strip().isdigit() else 0
            self._run(
                lambda: stacks.open_stack(self.desk.db, self.desk.actor, *chosen, values["team"], size, kind=kind)
            )

        ask_fields(
            self,
            self.tr("Mở tập phiếu của tổ"),
            self.tr("Số phiếu trong hộp/tập của tổ. Loại: 1 nhập từng phiếu, 2 bảng tổng hợp đếm tay."),
            [
                ("team", self.tr("Tổ"), False),
                ("size", self.tr("Số phiếu"), False),
                ("kind", self.tr("Loại (1 hoặc 2)"), False),
            ],
            accept,
        )

    @Slot()
    def _on_enter_clicked(self) -> None:
        from ui.stack_entry import StackEntryDialog

        stack = self.selected_stack()
        if stack is None or stack.kind != "ballots":
            information(self, self.tr("Chọn một tập phiếu nhập từng phiếu trong bảng."))
            return
        dialog = StackEntryDialog(self.desk, stack, self._spec(stack), self)
        dialog.pass_completed.connect(self._on_pass_completed)
        dialog.finished.connect(lambda _r: self._show())
        self.dialog = dialog
        dialog.open()

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
        dialog = DifferencesDialog(self.desk, stack.id, self._spec(stack), self)
        dialog.resolved.connect(lambda _s: self._show())
        self.dialog = dialog
        dialog.open()

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
