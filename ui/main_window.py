"""The main window: the start screen or an open congress, the File, Language and Help menus; who is typing
(always in the status bar, chosen on opening a congress); the online warning; unsaved pages asked about before
closing."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import filedialogs, keys, network, settings
from ui.dialogs import information
from ui.errors import show_error
from ui.new_congress import NewCongress, ask_new_congress
from ui.resources import current_language, install_language
from ui.start import StartPage
from ui.stations import StationBadge

if TYPE_CHECKING:
    from app.db import Actor, Database
    from app.record.events import NetworkState
    from ui.congress_view import CongressView
    from ui.desk import Desk
    from ui.operator import OperatorDialog

# The database layer (SQLAlchemy, Alembic) and the minutes (reportlab, QtPdf) are imported when a congress
# is opened, not at start: the start page is on screen in well under the 1.5 s people will wait.


def demo_path() -> Path:
    """Where the demo congress is built (KIEMPHIEU_DATA_DIR overrides, for tests)."""
    base = os.environ.get("KIEMPHIEU_DATA_DIR") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation
    )
    return Path(base) / "demo" / "dai-hoi-mau.kiemphieu"


class MainWindow(QMainWindow):
    """One window: the start page until a congress is open, then its tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            keys.install(app)
        self.desk: Desk | None = None
        self.view: CongressView | None = None
        self._closing = False
        self._operator_dialog: OperatorDialog | None = None
        self.stack = QStackedWidget()
        self.network_banner = network.NetworkBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.network_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.start = StartPage()
        self.stack.addWidget(self.start)
        self.operator_label = QLabel()
        self.operator_label.setObjectName("operator_label")
        self.operator_button = QPushButton()
        self.operator_button.setObjectName("operator_button")
        self.operator_button.setFlat(True)
        self.operator_button.clicked.connect(self._on_operator_triggered)
        self.statusBar().addPermanentWidget(self.operator_label, 1)
        self.statusBar().addPermanentWidget(self.operator_button)
        self.network = network.NetworkWatch(network.backend(), self)
        self.network.changed.connect(self._on_network_changed)
        self._connect_start()
        self._build_menus()
        self.badge = StationBadge()  # issue 11: this computer's key and its role in the open congress
        self.statusBar().addPermanentWidget(self.badge)
        self._show_title()
        self._show_operator()
        self._show_network()

    # -- building -----------------------------------------------------------------------------------------------

    def _connect_start(self) -> None:
        self.start.new_requested.connect(self._on_start_new_requested)
        self.start.open_requested.connect(self._on_start_open_requested)
        self.start.demo_requested.connect(self._on_start_demo_requested)
        self.start.recent_chosen.connect(self._on_start_recent_chosen)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        self.new_action = file_menu.addAction(self.tr("Đại hội mới…"), self._on_start_new_requested)
        self.open_action = file_menu.addAction(self.tr("Mở đại hội…"), self._on_start_open_requested)
        self.open_action.setShortcut("Ctrl+O")
        self.demo_action = file_menu.addAction(self.tr("Mở đại hội mẫu"), self._on_start_demo_requested)
        self.import_action = file_menu.addAction(self.tr("Nhập tệp bầu cử (.json)…"), self._on_import_triggered)
        file_menu.addSeparator()
        self.export_action = file_menu.addAction(self.tr("Xuất tệp bầu cử (.json)…"), self._on_export_triggered)
        self.operator_action = file_menu.addAction(self.tr("Người nhập phiếu…"), self._on_operator_triggered)
        self.operator_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.threshold_action = file_menu.addAction(
            self.tr("Ngưỡng xác nhận nhiều phiếu giống nhau…"), self._on_threshold_triggered
        )
        self.log_action = file_menu.addAction(self.tr("Nhật ký nhập phiếu…"), self._on_log_triggered)
        self.stations_action = file_menu.addAction(self.tr("Các máy của đại hội…"), self._on_stations_triggered)
        self.backup_action = file_menu.addAction(self.tr("Thư mục sao lưu (USB)…"), self._on_backup_triggered)
        self.close_action = file_menu.addAction(self.tr("Đóng đại hội"), self._on_close_triggered)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("Thoát"), self.close).setShortcut("Ctrl+Q")
        language_menu = bar.addMenu(self.tr("&Ngôn ngữ"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(current_language() == code)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(self._on_language_triggered)
            self.language_actions[code] = action
        help_menu = bar.addMenu(self.tr("&Trợ giúp"))
        self.keys_action = help_menu.addAction(self.tr("Phím tắt"), self._on_keys_triggered)
        self.keys_action.setShortcut(QKeySequence("F1"))
        self._enable_actions()

    def _enable_actions(self) -> None:
        is_open = self.desk is not None
        for action in (
            self.export_action,
            self.close_action,
            self.log_action,
            self.backup_action,
            self.operator_action,
        ):
            action.setEnabled(is_open)
        self.stations_action.setEnabled(is_open)

    def _show_title(self) -> None:
        title = self.tr("Kiểm phiếu")
        if self.desk is not None:
            from app import reports

            title = f"{reports.data(self.desk.db).congress.title} — {Path(self.desk.target).name} — {title}"
        self.setWindowTitle(title)

    # -- opening ------------------------------------------------------------------------------------------------

    def open_database(self, db: Database) -> None:
        """Shows an open congress (closing the one open before); this station and operator act on it."""
        from app.db import Actor
        from app.people import default_station
        from ui.congress_view import CongressView
        from ui.desk import Desk

        self.close_congress()
        self.desk = Desk(db, Actor(default_station(), settings.operator()))
        self.view = CongressView(self.desk)
        self.view.operator_change_requested.connect(self.ask_operator)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        if db.is_sqlite and db.target != str(demo_path()):
            settings.add_recent(db.target)
        self._enable_actions()
        self._show_title()
        self._show_operator()
        self._show_network()
        self._record_network(self.network.state())
        self.badge.show_for(self.desk)
        if not db.read_only:
            self.ask_operator()

    def open_path(self, path: str) -> bool:
        """Opens a congress database file; faults are explained."""
        from app.db import open_database

        try:
            db = open_database(path, self._actor())
        except Exception as exc:
            from ui.storage_faults import explain_open_fault

            explain_open_fault(self, self, exc)  # i09: read-only media and damaged files offer a copy
            return False
        self.open_database(db)
        return True

    def _actor(self) -> Actor:
        """This station and the operator named in the settings."""
        from app.db import Actor
        from app.people import default_station

        return Actor(default_station(), settings.operator())

    def after_unsaved(self, then: Callable[[], object]) -> None:
        """Runs `then` once no page of the open congress holds unsaved changes (people are asked first)."""
        if self.view is None:
            then()
        else:
            self.view.ask_unsaved(then)

    @Slot()
    def _on_close_triggered(self) -> None:
        self.after_unsaved(self.close_congress)

    def close_congress(self) -> None:
        """Back to the start page; the database is closed (everything is already saved)."""
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        if self.desk is not None:
            self.desk.close()
            self.desk = None
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self._enable_actions()
        self._show_title()
        self._show_operator()
        self._show_network()
        if hasattr(self, "badge"):
            self.badge.show_for(None)

    def create_congress(self, new: NewCongress) -> bool:
        """Creates the database and opens it."""
        from app import congress

        try:
            db = congress.create(new.path, new.congress, self._actor(), ruleset=new.ruleset, head_pin=new.pin)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.open_database(db)
        return True

    def open_demo(self) -> bool:
        """Builds the demo congress afresh (it is only a sample) and opens it."""
        from app import demo
        from app.people import default_station

        path = demo_path()
        self.close_congress()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            db = demo.build_demo(path, station=default_station(), operator=settings.operator())
        except Exception as exc:
            show_error(self, exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.open_database(db)
        return True

    # -- slots --------------------------------------------------------------------------------------------------

    @Slot()
    def _on_start_new_requested(self) -> None:
        self.after_unsaved(lambda: ask_new_congress(self, self.create_congress))

    @Slot()
    def _on_start_open_requested(self) -> None:
        self.after_unsaved(self._choose_and_open)

    def _choose_and_open(self) -> None:
        path = filedialogs.open_file(
            self, self.tr("Mở đại hội"), self.tr("Dữ liệu kiểm phiếu (*.kiemphieu *.sqlite *.db)")
        )
        if path:
            self.open_path(path)

    @Slot()
    def _on_start_demo_requested(self) -> None:
        self.after_unsaved(self.open_demo)

    @Slot(str)
    def _on_start_recent_chosen(self, path: str) -> None:
        self.after_unsaved(lambda: self.open_path(path))

    def import_from(self, source: str, target: str, trust: list[str] | None = None) -> bool:
        """A new congress database made from an open election file, then opened. Seals signed by keys this
        computer does not know are shown first (their fingerprints to compare with the sender): trusted, their
        rounds arrive finalized; else not finalized, and the notice says which."""
        from app.transfer import import_file
        from ui.stations import TrustSeals, not_finalized_words, seal_checks

        checks = seal_checks(source, self._actor())
        if trust is None and any(c.status == "untrusted" for c in checks):
            dialog = TrustSeals(checks, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.chosen.connect(lambda fps: self.import_from(source, target, list(fps)))
            dialog.open()
            return False
        try:
            db = import_file(source, target, self._actor(), trust=trust or [])
        except Exception as exc:
            show_error(self, exc)
            return False
        self.open_database(db)
        text = self.tr("Đã nhập tệp bầu cử vào {0}. Hãy đặt mã PIN của trưởng ban ở trang “Đại hội”.").format(target)
        notes = not_finalized_words(checks, trust or [])
        if notes:
            text += "\n\n" + self.tr("Các lần bầu sau được nhập là CHƯA CHỐT:") + "\n" + notes
        information(self, text)
        return True

    @Slot()
    def _on_import_triggered(self) -> None:
        source = filedialogs.open_file(self, self.tr("Nhập tệp bầu cử"), "JSON (*.json)")
        if not source:
            return
        suggested = str(Path(source).with_suffix(".kiemphieu"))
        target = filedialogs.save_file(
            self, self.tr("Lưu đại hội vào tệp mới"), suggested, self.tr("Dữ liệu kiểm phiếu (*.kiemphieu)")
        )
        if target:
            self.import_from(source, target)

    def export_to(self, path: str) -> bool:
        """Writes the congress as an open election file (kiemphieu-election/1), with its seals: the same export as
        `kiemphieu export`."""
        from app.transfer import export_file

        assert self.desk is not None
        try:
            export_file(self.desk.db, path, self.desk.actor.key)
        except Exception as exc:
            show_error(self, exc)
            return False
        information(self, self.tr("Đã xuất tệp bầu cử: {0}").format(path))
        return True

    @Slot()
    def _on_export_triggered(self) -> None:
        if self.desk is None:
            return
        path = filedialogs.save_file(self, self.tr("Xuất tệp bầu cử"), "bau-cu.json", "JSON (*.json)")
        if path:
            self.export_to(path)

    @Slot()
    def _on_log_triggered(self) -> None:
        from ui.log_view import open_log

        if self.desk is not None:
            open_log(self, self.desk)

    @Slot()
    def _on_stations_triggered(self) -> None:
        from ui.stations import open_stations

        if self.desk is not None:
            open_stations(self, self.desk)

    @Slot()
    def _on_backup_triggered(self) -> None:
        from ui.backup import open_backup

        if self.desk is not None:
            open_backup(self, self.desk)

    # -- who is typing ------------------------------------------------------------------------------------------

    @Slot()
    def _on_operator_triggered(self) -> None:
        self.ask_operator()

    def ask_operator(self) -> OperatorDialog | None:
        """Asks who is at the keyboard: the counting committee, the teams' members, the technical staff, or a
        name typed in (which joins the staff list)."""
        from app import room
        from ui.operator import ask_operator

        if self.desk is None:
            return None
        try:
            people = room.operators(self.desk.db)
        except Exception as exc:
            show_error(self, exc)
            return None
        if self._operator_dialog is not None:
            self._operator_dialog.deleteLater()  # the previous one, closed long ago
        dialog = ask_operator(
            self,
            people,
            self.desk.actor.operator if settings.operator_chosen() else "",
            self.desk.actor.station,
            self.choose_operator,
        )
        dialog.finished.connect(self._on_operator_dialog_finished)
        self._operator_dialog = dialog
        return dialog

    @Slot(int)
    def _on_operator_dialog_finished(self, _result: int) -> None:
        self.activateWindow()  # the keyboard back to the window

    def choose_operator(self, name: str, new: bool = False) -> bool:
        """Who is at the keyboard from now on: logged (a new name joins the technical staff), remembered, shown."""
        from app import room

        name = " ".join(name.split())
        if self.desk is None or not name:
            return False
        try:
            if new:
                room.set_staff(self.desk.db, self.desk.actor, [*room.staff(self.desk.db), name])
            self.desk.actor = room.choose(self.desk.db, self.desk.actor, name)
        except Exception as exc:
            show_error(self, exc)
            return False
        settings.set_operator(name)
        self._show_operator()
        self.badge.show_for(self.desk)
        return True

    def set_operator(self, values: dict[str, str]) -> None:
        """Who is at the keyboard (a name from a form)."""
        self.choose_operator(values["name"])

    def _show_operator(self) -> None:
        if self.desk is None:
            self.operator_label.setText(self.tr("Chưa mở đại hội nào."))
            self.operator_button.hide()
            return
        self.operator_label.setText(
            self.tr("Người nhập phiếu: {0} — máy {1}").format(self.desk.actor.operator, self.desk.actor.station)
        )
        self.operator_button.setText(self.tr("Đổi người nhập… (Ctrl+Shift+N)"))
        self.operator_button.show()

    @Slot()
    def _on_threshold_triggered(self) -> None:
        value, ok = QInputDialog.getInt(
            self,
            self.tr("Ngưỡng xác nhận"),
            self.tr("Khi gõ *N với N lớn hơn số này, cần Enter lần nữa để lưu:"),
            settings.stack_threshold(),
            1,
            100_000,
        )
        if ok:
            settings.set_stack_threshold(value)
            if self.view is not None:
                self.view.entry.entry.set_stack_threshold(value)

    # -- the network ---------------------------------------------------------------------------------------------

    @Slot(object)
    def _on_network_changed(self, state: NetworkState | None) -> None:
        self._show_network()
        self._record_network(state)

    def _show_network(self) -> None:
        shared = self.desk is not None and not self.desk.db.is_sqlite
        self.network_banner.show_state(self.network.state(), shared)

    def _record_network(self, state: NetworkState | None) -> None:
        """Logs the station's network when it changed (never for a read-only database or an unknown state)."""
        from app import room

        if self.desk is None or state is None or self.desk.db.read_only:
            return
        try:
            room.network_seen(self.desk.db, self.desk.actor, state)
        except Exception as exc:
            show_error(self, exc)

    @Slot()
    def _on_language_triggered(self) -> None:
        action = self.sender()
        assert isinstance(action, QAction)
        code = str(action.data())
        self.after_unsaved(lambda: self.set_language(code))
        self.language_actions[current_language()].setChecked(True)  # until the switch is done

    def set_language(self, code: str) -> None:
        """Switches the interface language and rebuilds the screens."""
        settings.set_language(code)
        install_language(code)
        desk = self.desk
        current = self.view.currentIndex() if self.view is not None else 0
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        self.stack.removeWidget(self.start)
        self.start.deleteLater()
        self.start = StartPage()
        self.stack.insertWidget(0, self.start)
        self._connect_start()
        self._build_menus()
        if desk is not None:
            from ui.congress_view import CongressView

            self.view = CongressView(desk)
            self.view.operator_change_requested.connect(self.ask_operator)
            self.stack.addWidget(self.view)
            self.stack.setCurrentWidget(self.view)
            self.view.setCurrentIndex(current)
        self._show_title()
        self._show_operator()
        self._show_network()
        self.badge.show_for(desk)

    @Slot()
    def _on_keys_triggered(self) -> None:
        information(self, self.tr("Phím tắt"), keys.shortcuts_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Asks about unsaved pages, then closes the database on the way out."""
        if self.view is not None and not self._closing and self.view.unsaved_pages():
            event.ignore()
            self.view.ask_unsaved(self._close_now)
            return
        if self.desk is not None:
            self.desk.close()
            self.desk = None
        super().closeEvent(event)

    def _close_now(self) -> None:
        self._closing = True
        self.close()
