"""The main window: the start screen or an open congress, the File and Language menus."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ui import filedialogs, settings
from ui.dialogs import ask_fields, information
from ui.errors import show_error
from ui.new_congress import NewCongress, ask_new_congress
from ui.resources import current_language, install_language
from ui.start import StartPage
from ui.stations import StationBadge

if TYPE_CHECKING:
    from app.db import Actor, Database
    from ui.congress_view import CongressView
    from ui.desk import Desk

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
        self.desk: Desk | None = None
        self.view: CongressView | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start = StartPage()
        self.stack.addWidget(self.start)
        self._connect_start()
        self._build_menus()
        self.badge = StationBadge()  # issue 11: this computer's key and its role in the open congress
        self.statusBar().addPermanentWidget(self.badge)
        self._show_title()

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
        self.log_action = file_menu.addAction(self.tr("Nhật ký nhập phiếu…"), self._on_log_triggered)
        self.stations_action = file_menu.addAction(self.tr("Các máy của đại hội…"), self._on_stations_triggered)
        self.backup_action = file_menu.addAction(self.tr("Thư mục sao lưu (USB)…"), self._on_backup_triggered)
        self.close_action = file_menu.addAction(self.tr("Đóng đại hội"), self.close_congress)
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
        help_menu.addAction(self.tr("Phím tắt nhập phiếu"), self._on_keys_triggered)
        self._enable_actions()

    def _enable_actions(self) -> None:
        is_open = self.desk is not None
        for action in (self.export_action, self.close_action, self.log_action, self.backup_action):
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
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        if db.is_sqlite and db.target != str(demo_path()):
            settings.add_recent(db.target)
        self._enable_actions()
        self._show_title()
        self.badge.show_for(self.desk)

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
        ask_new_congress(self, self.create_congress)

    @Slot()
    def _on_start_open_requested(self) -> None:
        path = filedialogs.open_file(
            self, self.tr("Mở đại hội"), self.tr("Dữ liệu kiểm phiếu (*.kiemphieu *.sqlite *.db)")
        )
        if path:
            self.open_path(path)

    @Slot()
    def _on_start_demo_requested(self) -> None:
        self.open_demo()

    @Slot(str)
    def _on_start_recent_chosen(self, path: str) -> None:
        self.open_path(path)

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

    @Slot()
    def _on_operator_triggered(self) -> None:
        ask_fields(
            self,
            self.tr("Người nhập phiếu"),
            self.tr("Tên người đang nhập phiếu ở máy này (ghi vào nhật ký nhập phiếu)."),
            [("name", self.tr("Họ và tên"), False)],
            self.set_operator,
        )

    def set_operator(self, values: dict[str, str]) -> None:
        """Who is at the keyboard."""
        name = values["name"].strip()
        if not name:
            return
        settings.set_operator(name)
        if self.desk is not None:
            from app import congress

            try:
                self.desk.actor = congress.choose_operator(self.desk.db, self.desk.actor, name)
                self.badge.show_for(self.desk)
            except Exception as exc:
                show_error(self, exc)

    @Slot()
    def _on_language_triggered(self) -> None:
        action = self.sender()
        assert isinstance(action, QAction)
        self.set_language(str(action.data()))

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
            self.stack.addWidget(self.view)
            self.stack.setCurrentWidget(self.view)
            self.view.setCurrentIndex(current)
        self._show_title()

    @Slot()
    def _on_keys_triggered(self) -> None:
        information(
            self,
            self.tr("Phím nhập phiếu"),
            self.tr(
                "Phiếu gạch tên: gõ số thứ tự các tên bị gạch, cách nhau bằng dấu cách hoặc dấu chấm, rồi Enter. "
                "0 = không gạch tên nào. Dấu + đầu dòng (hoặc F2) = gõ các tên được giữ lại.\n"
                "Phiếu đồng ý/không đồng ý: mỗi dòng một phím 1 đồng ý, 2 không đồng ý, 0 bỏ trống, 3 cả hai ô; "
                "+ = các dòng còn lại đồng ý.\n"
                "/1 không do Ban kiểm phiếu phát ra, /2 ghi thêm tên, /3 có dấu hiệu riêng. "
                "*5 ở cuối = 5 phiếu giống nhau. Esc xóa dòng, Ctrl+Z lấy lại phiếu vừa lưu."
            ),
        )

    def closeEvent(self, event: object) -> None:
        """Closes the database on the way out."""
        if self.desk is not None:
            self.desk.close()
            self.desk = None
        super().closeEvent(event)  # type: ignore[arg-type]
