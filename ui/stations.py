"""This computer's key and the congress's stations in the window: the fingerprint on the start page and in the
status bar, the station key file a station gives the head, the head's copy for a station (its key file read,
the fingerprints compared on both screens, the PIN), the list of registered stations, a station's lost key, a
station asking to be registered on a shared server, a head that lost its own key, and the seals of a file being
imported that the user may trust.

Every action calls the same function the command line does (`app.stations`, `app.handover`, `app.transfer`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import filedialogs
from ui.dialogs import information
from ui.errors import show_error
from ui.resources import ui_font

if TYPE_CHECKING:
    from app.db import Actor
    from app.errors import UserError
    from app.keys import Registration, StationKey
    from app.stations import Station
    from app.transfer import SealCheck
    from ui.desk import Desk


def this_key() -> StationKey | UserError:
    """This computer's key (made on first use), or the fault that keeps it from being used."""
    from app.errors import UserError
    from app.record.log import this_station

    try:
        return this_station(fresh=True)
    except UserError as fault:
        return fault


def shown_key(key: StationKey | UserError) -> str:
    """The fingerprint as people compare it (A1B2-C3D4-E5F6-0718); '' for a key that cannot be used."""
    from app.keys import StationKey, grouped

    return grouped(key.fingerprint) if isinstance(key, StationKey) else ""


def big(text: str) -> QLabel:
    """A fingerprint shown large enough to read aloud and compare across the room."""
    label = QLabel(text)
    label.setFont(ui_font(20, bold=True))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class ThisStation(QWidget):
    """On the start page: this computer's key fingerprint, and its station key file to save for the head."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("this_station")
        self.caption = QLabel(self.tr("Mã khóa của máy này (so với màn hình máy trưởng ban khi đăng ký):"))
        self.caption.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("this_station_fingerprint")
        self.fingerprint.setFont(ui_font(16, bold=True))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Lưu tệp khóa máy trạm…"))
        self.save_button.setObjectName("save_station_key")
        self.save_button.setToolTip(
            self.tr("Tệp chỉ chứa khóa công khai của máy này; đưa cho trưởng ban để đăng ký máy khi tạo bản sao.")
        )
        row = QHBoxLayout()
        row.addWidget(self.fingerprint, 1)
        row.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.caption)
        box.addLayout(row)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        """Reads the key again (made on first use); a key file that cannot be used is said in its place."""
        from app.keys import StationKey

        key = this_key()
        if isinstance(key, StationKey):
            self.fingerprint.setText(shown_key(key))
            self.fingerprint.setStyleSheet("")
        else:
            self.fingerprint.setText(key.message())
            self.fingerprint.setStyleSheet("color: #b00020;")
        self.save_button.setEnabled(isinstance(key, StationKey))

    @Slot()
    def _on_save_button_clicked(self) -> None:
        from app.people import default_station

        path = filedialogs.save_file(
            self, self.tr("Lưu tệp khóa máy trạm"), f"{default_station()}.kpkey", self.tr("Tệp khóa máy trạm (*.kpkey)")
        )
        if path:
            self.save_key_file(path)

    def save_key_file(self, path: str, name: str = "") -> bool:
        """Writes this computer's station key file (its name and public key, never the private key)."""
        from app.keys import StationKey, write_station_key_file
        from app.people import default_station

        key = this_key()
        if not isinstance(key, StationKey):
            return False
        try:
            write_station_key_file(path, key, name or default_station())
        except OSError as exc:
            show_error(self, exc)
            return False
        information(
            self,
            self.tr("Đã lưu tệp khóa máy trạm {0}. Mã khóa: {1} — trưởng ban so mã này trên màn hình của mình.").format(
                path, shown_key(key)
            ),
        )
        return True


class StationBadge(QLabel):
    """In the status bar: this computer's key fingerprint, and its role in the open congress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station_badge")
        self.show_for(None)

    def show_for(self, desk: Desk | None) -> None:
        """The badge for the open congress (None: none open)."""
        from app import stations
        from app.keys import StationKey

        key = this_key() if desk is None or desk.actor.key is None else desk.actor.key
        if not isinstance(key, StationKey):
            self.setText(self.tr("Máy này: khóa không dùng được"))
            return
        shown = shown_key(key)
        if desk is None:
            self.setText(self.tr("Máy này: {0}").format(shown))
            return
        try:
            me = stations.status(desk.db, key.fingerprint)
        except Exception:  # a damaged table: verify says what; the badge just says nothing more
            me = None
        role = {
            "head": self.tr("máy trưởng ban"),
            "station": self.tr("máy trạm đã đăng ký"),
        }.get(me.role if me is not None and me.active else "", self.tr("CHƯA ĐĂNG KÝ với đại hội này"))
        self.setText(self.tr("Máy này: {0} — {1}").format(shown, role))


class PinField(QLineEdit):
    """The head's PIN, hidden as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pin")
        self.setEchoMode(QLineEdit.EchoMode.Password)


class CopyForStation(QDialog):
    """The head makes a station's copy: the station's key file read, its fingerprint shown to compare with the
    station's screen, the PIN asked (the station registered, logged), then the copy written and checked.

    Signals:
        copied(str): the copy's path.
    """

    copied = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bản sao cho máy trạm"))
        self.setObjectName("copy_for_station")
        self.setMinimumWidth(640)
        self.desk = desk
        self.registration: Registration | None = None
        intro = QLabel(
            self.tr(
                "1. Ở máy trạm: trang đầu, “Lưu tệp khóa máy trạm…”, chép tệp sang máy này.\n"
                "2. Chọn tệp đó, so mã khóa dưới đây với mã trên màn hình máy trạm.\n"
                "3. Nhập mã PIN của trưởng ban để đăng ký máy trạm, rồi chọn nơi lưu bản sao."
            )
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Chọn tệp khóa của máy trạm…"))
        self.choose_button.setObjectName("choose_key_file")
        self.station_name = QLabel("—")
        self.station_name.setObjectName("station_name")
        self.fingerprint = big("—")
        self.fingerprint.setObjectName("station_fingerprint")
        self.status = QLabel("")
        self.status.setObjectName("station_status")
        self.status.setWordWrap(True)
        self.pin = PinField()
        self.path = QLineEdit()
        self.path.setObjectName("copy_path")
        browse = QPushButton(self.tr("Chọn…"))
        browse.setObjectName("choose_copy_path")
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Máy trạm:"), self.station_name)
        form.addRow(self.tr("Mã PIN trưởng ban:"), self.pin)
        form.addRow(self.tr("Lưu bản sao vào:"), where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đăng ký và tạo bản sao"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        browse.clicked.connect(self._on_browse_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._enable()

    def _enable(self) -> None:
        ready = self.registration is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        path = filedialogs.open_file(self, self.tr("Tệp khóa của máy trạm"), self.tr("Tệp khóa máy trạm (*.kpkey)"))
        if path:
            self.load_key_file(path)

    def load_key_file(self, path: str) -> bool:
        """Reads a station key file and shows its fingerprint (a file with a private key is refused)."""
        from app import stations
        from app.keys import grouped, read_station_key_file

        try:
            reg = read_station_key_file(path)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.registration = reg
        self.station_name.setText(reg.name)
        self.fingerprint.setText(grouped(reg.fingerprint))
        known = stations.status(self.desk.db, reg.fingerprint)
        if known is not None and known.active:
            self.status.setText(
                self.tr("Máy này đã được đăng ký (bản ghi số {0}): chỉ tạo bản sao.").format(known.since)
            )
        else:
            self.status.setText(self.tr("So mã khóa ở trên với màn hình máy trạm: phải giống hệt từng ký tự."))
        if not self.path.text():
            target = self.desk.path
            if target is not None:
                self.path.setText(str(target.with_name(f"{target.stem}-{_safe(reg.name)}.kiemphieu")))
        self._enable()
        return True

    @Slot()
    def _on_browse_clicked(self) -> None:
        path = filedialogs.save_file(self, self.tr("Bản sao cho máy trạm"), self.path.text(), "*.kiemphieu")
        if path:
            self.path.setText(path)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.make_copy()

    def make_copy(self) -> bool:
        """Registers the station (with the PIN; logged) unless it is already, then writes and checks the copy."""
        from app import handover, stations

        if self.registration is None or not self.path.text().strip():
            return False
        desk = self.desk
        try:
            stations.register(desk.db, desk.actor, self.registration, self.pin.text())
            handover.copy_for_station(desk.db, self.path.text().strip())
        except Exception as exc:
            self.pin.clear()
            show_error(self, exc)
            return False
        path = self.path.text().strip()
        self.copied.emit(path)
        self.accept()
        information(
            self.parentWidget(),
            self.tr("Đã đăng ký máy trạm và tạo bản sao {0}. Mở tệp này trên máy trạm đó.").format(path),
        )
        return True


def _safe(name: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name.strip())
    return kept.strip("-")[:40] or "may-tram"


class StationsDialog(QDialog):
    """The congress's stations: each key's name, fingerprint, role and since which record; the head registers a
    station from its key file or its request, replaces a station's lost key; this computer, if unregistered,
    asks to be registered (shared server) or — the head's station having lost its key — takes the head's role."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Các máy của đại hội"))
        self.setObjectName("stations_dialog")
        self.resize(820, 420)
        self.desk = desk
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("stations_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Máy"), self.tr("Mã khóa"), self.tr("Vai trò"), self.tr("Từ bản ghi"), self.tr("Tình trạng")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.mine = QLabel()
        self.mine.setObjectName("this_station_status")
        self.mine.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("register", self.tr("Đăng ký máy từ tệp khóa…"), self._on_register_clicked),
            ("accept", self.tr("Đăng ký máy đang xin"), self._on_accept_clicked),
            ("rekey", self.tr("Thay khóa cho máy đã chọn…"), self._on_rekey_clicked),
            ("request", self.tr("Xin đăng ký máy này"), self._on_request_clicked),
            ("head", self.tr("Máy trưởng ban mất khóa…"), self._on_head_clicked),
        ):
            button = QPushButton(text)
            button.setObjectName(f"stations_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.mine)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._enable)
        self.load()

    def load(self) -> None:
        """Reads the stations again."""
        from app import stations
        from app.keys import grouped

        self.rows: list[Station] = stations.stations(self.desk.db)
        self.table.setRowCount(len(self.rows))
        roles = {"head": self.tr("trưởng ban"), "station": self.tr("máy trạm"), "requested": self.tr("đang xin")}
        for i, st in enumerate(self.rows):
            state = self.tr("thôi dùng từ bản ghi số {0}").format(st.retired) if st.retired else self.tr("đang dùng")
            if st.role == "requested":
                state = self.tr("chờ trưởng ban đăng ký")
            for j, value in enumerate((st.name, grouped(st.fingerprint), roles[st.role], str(st.since), state)):
                item = QTableWidgetItem(value)
                if j == 1:
                    item.setFont(ui_font(12, bold=True))
                self.table.setItem(i, j, item)
        key = self.desk.actor.signer()
        me = next((st for st in self.rows if st.fingerprint == key.fingerprint), None)
        if me is not None and me.active:
            text = self.tr("Máy này ({0}) là {1} của đại hội.").format(grouped(key.fingerprint), roles[me.role])
        elif me is not None and me.role == "requested":
            text = self.tr("Máy này ({0}) đã xin đăng ký; chờ trưởng ban.").format(grouped(key.fingerprint))
        else:
            text = self.tr("Máy này ({0}) CHƯA ĐƯỢC ĐĂNG KÝ: chưa ghi được gì vào đại hội này.").format(
                grouped(key.fingerprint)
            )
        self.mine.setText(text)
        self.unregistered = me is None or not me.active
        self._enable()

    def selected(self) -> Station | None:
        """The chosen station, if any."""
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[min(rows)] if rows else None

    def _enable(self) -> None:
        st = self.selected()
        role = None if st is None else st.role
        self.buttons["accept"].setEnabled(role == "requested")
        self.buttons["rekey"].setEnabled(st is not None and role == "station" and st.retired is None)
        self.buttons["request"].setEnabled(self.unregistered)
        self.buttons["head"].setEnabled(self.unregistered)

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except Exception as exc:
            show_error(self, exc)
            return False
        self.load()
        return True

    def ask(
        self, title: str, intro: str, fields: list[tuple[str, str, bool]], then: Callable[[dict[str, str]], object]
    ) -> QDialog:
        """A small form (non-blocking); `then(values)` on OK."""
        from ui.dialogs import ask_fields

        return ask_fields(self, title, intro, fields, then)

    @Slot()
    def _on_register_clicked(self) -> None:
        path = filedialogs.open_file(self, self.tr("Tệp khóa của máy trạm"), self.tr("Tệp khóa máy trạm (*.kpkey)"))
        if path:
            self.register_file(path)

    def register_file(self, path: str) -> QDialog | None:
        """Shows the key file's fingerprint to compare, then asks the PIN to register it."""
        from app.keys import grouped, read_station_key_file

        try:
            reg = read_station_key_file(path)
        except Exception as exc:
            show_error(self, exc)
            return None
        return self.ask(
            self.tr("Đăng ký máy trạm"),
            self.tr(
                "Máy “{0}”, mã khóa:\n{1}\nSo mã này với màn hình máy trạm, rồi nhập mã PIN của trưởng ban."
            ).format(reg.name, grouped(reg.fingerprint)),
            [("pin", self.tr("Mã PIN trưởng ban"), True)],
            lambda v: self.register(reg, v["pin"]),
        )

    def register(self, reg: Registration, pin: str) -> bool:
        """Registers a station's key with the PIN."""
        from app import stations

        return self._run(lambda: stations.register(self.desk.db, self.desk.actor, reg, pin))

    @Slot()
    def _on_accept_clicked(self) -> None:
        self.accept_request()

    def accept_request(self) -> QDialog | None:
        """The chosen station's request: its fingerprint shown to compare, the PIN asked to register it."""
        st = self.selected()
        if st is None or st.role != "requested":
            return None
        from app.keys import Registration, grouped

        reg = Registration(st.name, st.key, st.fingerprint, "station")
        return self.ask(
            self.tr("Đăng ký máy đang xin"),
            self.tr("Máy “{0}”, mã khóa:\n{1}\nSo mã này với màn hình máy đó, rồi nhập mã PIN của trưởng ban.").format(
                reg.name, grouped(reg.fingerprint)
            ),
            [("pin", self.tr("Mã PIN trưởng ban"), True)],
            lambda v: self.register(reg, v["pin"]),
        )

    @Slot()
    def _on_rekey_clicked(self) -> None:
        st = self.selected()
        if st is None or st.role != "station" or st.retired is not None:
            return
        path = filedialogs.open_file(self, self.tr("Tệp khóa MỚI của máy trạm"), self.tr("Tệp khóa máy trạm (*.kpkey)"))
        if path:
            self.rekey_file(st.fingerprint, path)

    def rekey_file(self, old: str, path: str) -> QDialog | None:
        """A station's new key (from its key file) replaces its lost one, with the PIN."""
        from app import stations
        from app.keys import grouped, read_station_key_file

        try:
            reg = read_station_key_file(path)
        except Exception as exc:
            show_error(self, exc)
            return None
        return self.ask(
            self.tr("Thay khóa cho máy trạm"),
            self.tr("Khóa cũ {0} thôi dùng; khóa mới của “{1}”:\n{2}\nSo mã này với màn hình máy trạm.").format(
                grouped(old), reg.name, grouped(reg.fingerprint)
            ),
            [("pin", self.tr("Mã PIN trưởng ban"), True)],
            lambda v: self._run(lambda: stations.rekey(self.desk.db, self.desk.actor, reg, old, v["pin"])),
        )

    @Slot()
    def _on_request_clicked(self) -> None:
        from app import stations

        self._run(lambda: stations.request(self.desk.db, self.desk.actor))

    @Slot()
    def _on_head_clicked(self) -> None:
        self.ask(
            self.tr("Máy trưởng ban mất khóa"),
            self.tr(
                "Chỉ làm khi máy của trưởng ban bị hỏng hoặc mất tệp khóa. Khóa của máy này sẽ thay khóa của trưởng "
                "ban; nhật ký ghi lại và lệnh kiểm tra báo rõ việc thay khóa. Ghi lý do và đặt mã PIN mới."
            ),
            [
                ("reason", self.tr("Lý do"), False),
                ("pin", self.tr("Mã PIN mới"), True),
                ("again", self.tr("Nhập lại mã PIN mới"), True),
            ],
            self.rekey_head,
        )

    def rekey_head(self, values: dict[str, str]) -> bool:
        """This computer's key becomes the head's (the reason and a new PIN)."""
        from app import stations

        if values["pin"] != values["again"]:
            information(self, self.tr("Hai lần nhập mã PIN mới không giống nhau; chưa thay khóa."))
            return False
        return self._run(lambda: stations.rekey_head(self.desk.db, self.desk.actor, values["reason"], values["pin"]))


def open_stations(parent: QWidget, desk: Desk) -> StationsDialog:
    """The stations dialog, non-blocking."""
    dialog = StationsDialog(desk, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_copy(parent: QWidget, desk: Desk) -> CopyForStation:
    """The head's copy-for-a-station dialog, non-blocking."""
    dialog = CopyForStation(desk, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class TrustSeals(QDialog):
    """Before an import: the seals of the file signed by keys this computer does not know, by key, with the name
    the file gives it, to compare with the sender; trusted keys' rounds arrive finalized, the others not.

    Signals:
        chosen(list): the fingerprints trusted (empty: none).
    """

    chosen = Signal(list)

    def __init__(self, checks: list[SealCheck], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.keys import grouped

        self.setWindowTitle(self.tr("Dấu chốt của tệp nhập"))
        self.setObjectName("trust_seals")
        self.setMinimumWidth(600)
        keys: dict[str, tuple[str, list[str]]] = {}
        for c in checks:
            if c.status == "untrusted" and c.fingerprint is not None:
                name, where = keys.setdefault(c.fingerprint, (c.name or "", []))
                where.append(self.tr("{0} lần {1}").format(c.election, c.round))
        self.fingerprints = list(keys)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Các lần bầu dưới đây đã chốt trong tệp, ký bởi khóa máy này chưa biết. So mã khóa với nơi gửi "
                "(trên biên bản hoặc màn hình của họ). Tin cậy thì các lần bầu được nhập là ĐÃ CHỐT; không thì nhập "
                "là CHƯA CHỐT."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for fp, (name, where) in keys.items():
            layout.addWidget(big(grouped(fp)))
            detail = QLabel(f"{name or '—'}: {', '.join(where)}")
            detail.setWordWrap(True)
            layout.addWidget(detail)
        buttons = QDialogButtonBox()
        self.trust_button = buttons.addButton(self.tr("Tin cậy và nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.trust_button.setObjectName("trust")
        self.plain_button = buttons.addButton(self.tr("Nhập là chưa chốt"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.plain_button.setObjectName("not_trust")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.trust_button.clicked.connect(lambda: self._choose(self.fingerprints))
        self.plain_button.clicked.connect(lambda: self._choose([]))
        layout.addWidget(buttons)

    def _choose(self, trusted: list[str]) -> None:
        self.accept()
        self.chosen.emit(trusted)


def seal_checks(source: str, actor: Actor) -> list[SealCheck]:
    """The sealed rounds of a file as an import would take them (an unreadable file: none, the import then says
    why)."""
    from app.transfer import check_seals

    try:
        return check_seals(source, actor)
    except Exception:
        return []


def not_finalized_words(checks: list[SealCheck], trusted: list[str]) -> str:
    """The rounds of an import that arrive not finalized, and why, one line each."""
    from app.keys import grouped

    lines = []
    for c in checks:
        if c.accepted or (c.status == "untrusted" and c.fingerprint in trusted):
            continue
        if c.status == "untrusted":
            why = QCoreApplication.translate("stations", "khóa {0} chưa được tin cậy").format(
                grouped(c.fingerprint or "")
            )
        elif c.status == "unsigned":
            why = QCoreApplication.translate("stations", "dấu chốt không có chữ ký")
        else:
            why = QCoreApplication.translate("stations", "chữ ký của dấu chốt không đúng")
        lines.append(QCoreApplication.translate("stations", "{0} lần {1}: {2}").format(c.election, c.round, why))
    return "\n".join(lines)


__all__ = [
    "CopyForStation",
    "StationBadge",
    "StationsDialog",
    "ThisStation",
    "TrustSeals",
    "not_finalized_words",
    "open_copy",
    "open_stations",
    "seal_checks",
]
