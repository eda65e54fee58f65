"""The scanned-ballots tab: print a round's ballots, read scanned files (a folder the scanner saves into can be
watched), see every page recorded, and check the doubtful ones (`ui.scan_review`).

Reading never blocks the window: a worker thread reads the pages and keeps their images (`app.scans.read_pages`,
no database there); each page read is handed back to the window's thread, which records it
(`app.scans.record_page`, a few milliseconds). Progress is shown, and reading can be stopped between pages.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import printing, reports, scans
from app import stacks as stacks_svc
from app.errors import Refused
from app.minutes.source import write
from app.scan.model import PageReading
from app.texts import text
from ui import filedialogs
from ui.desk import Desk
from ui.errors import show_error
from ui.round_chooser import RoundChooser
from ui.scan_review import ScanReview

#: How long a new file in the watched folder must keep the same size before it is read (the scanner may still
#: be writing it).
SETTLE_MS = 700


class ReadWorker(QThread):
    """Reads files in its own thread: each page's image kept, its reading handed over by `page_read`.

    Signals:
        page_read(object, object): the kept `PageImage` and its `PageReading`.
        file_done(int): how many files are done.
    """

    page_read = Signal(object, object)
    file_done = Signal(int)

    def __init__(self, reader: object, files: list[Path], folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader, self.files, self.folder = reader, files, folder
        self.stop = threading.Event()
        self.error: Exception | None = None

    def run(self) -> None:
        done = 0
        try:
            for path in self.files:
                if self.stop.is_set():
                    return
                for image, reading in scans.read_pages(self.reader, [path], self.folder, self.stop.is_set):  # type: ignore[arg-type]
                    self.page_read.emit(image, reading)
                done += 1
                self.file_done.emit(done)
        except Exception as exc:  # shown by the window once the thread is done
            self.error = exc


class ScanPage(QWidget):
    """Print, read, watch, list, and review the scanned ballots of the chosen round."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.worker: ReadWorker | None = None
        self.queue: list[Path] = []
        self.readings: dict[int, PageReading] = {}  # page id → its reading, for the review's crops
        self.seen: dict[Path, tuple[int, int]] = {}  # watched files read (or waiting to settle): size, mtime
        self.pending: dict[Path, tuple[int, int]] = {}
        self.watched: Path | None = None
        self.recorded = 0
        self.chooser = RoundChooser()
        self.stack = QComboBox()
        self.stack.setObjectName("scan_stack")
        self.stack.setToolTip(self.tr("Nhập độc lập nhiều lần: các trang quét là một lần nhập của tập phiếu này"))
        self.copies = QSpinBox()
        self.copies.setObjectName("scan_copies")
        self.copies.setRange(1, 2000)
        self.copies.setValue(100)
        self.copies.setSuffix(self.tr(" tờ"))
        self.print_button = QPushButton(self.tr("In phiếu bầu (PDF)…"))
        self.print_button.setObjectName("scan_print")
        self.read_button = QPushButton(self.tr("Đọc tệp quét…"))
        self.read_button.setObjectName("scan_read")
        self.watch_button = QPushButton(self.tr("Theo dõi thư mục của máy quét…"))
        self.watch_button.setObjectName("scan_watch")
        self.watch_button.setCheckable(True)
        self.stop_button = QPushButton(self.tr("Dừng đọc"))
        self.stop_button.setObjectName("scan_stop")
        self.stop_button.setEnabled(False)
        self.review_button = QPushButton(self.tr("Xem phiếu cần xem (Ctrl+R)"))
        self.review_button.setObjectName("scan_review_open")
        self.progress = QProgressBar()
        self.progress.setObjectName("scan_progress")
        self.progress.setTextVisible(True)
        self.state = QLabel()
        self.state.setObjectName("scan_state")
        self.state.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("scan_pages")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Số"),
                self.tr("Tệp"),
                self.tr("Trang"),
                self.tr("Máy đọc"),
                self.tr("Tình trạng"),
                self.tr("Phiếu / lý do"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.review = ScanReview(desk, self.readings)
        self.stackw = QStackedWidget()
        list_page = QWidget()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Lần bầu")))
        top.addWidget(self.chooser, 1)
        top.addWidget(QLabel(self.tr("Tập phiếu")))
        top.addWidget(self.stack)
        top.addWidget(self.copies)
        top.addWidget(self.print_button)
        bar = QHBoxLayout()
        bar.addWidget(self.read_button)
        bar.addWidget(self.watch_button)
        bar.addWidget(self.stop_button)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.review_button)
        lay = QVBoxLayout(list_page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addLayout(bar)
        lay.addWidget(self.state)
        lay.addWidget(self.table, 1)
        self.stackw.addWidget(list_page)
        self.stackw.addWidget(self.review)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stackw)
        self.watcher = QFileSystemWatcher(self)
        self.settle = QTimer(self)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._on_settle_timeout)
        self.chooser.round_chosen.connect(self._on_chooser_round_chosen)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.read_button.clicked.connect(self._on_read_clicked)
        self.watch_button.toggled.connect(self._on_watch_toggled)
        self.stop_button.clicked.connect(self.cancel)
        self.review_button.clicked.connect(self.open_review)
        self.review.closed.connect(self._on_review_closed)
        self.watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        QShortcut(QKeySequence("Ctrl+R"), self, self.open_review)

    # -- the round and its stacks ----------------------------------------------------------------------------------

    def refresh(self, prefer: tuple[str, int] | None = None) -> None:
        """Reloads the rounds, the stacks and the pages."""
        self.chooser.set_data(reports.data(self.desk.db), prefer)

    @Slot(str, int)
    def _on_chooser_round_chosen(self, election_id: str, round_no: int) -> None:
        try:
            self.load_stacks(election_id, round_no)
            self.load_pages()
        except Exception as exc:
            show_error(self, exc)

    def load_stacks(self, election_id: str, round_no: int) -> None:
        """The round's ballot stacks (entries made independently), or single entry."""
        keep = self.stack.currentData()
        self.stack.clear()
        if _entry_mode(self.desk) == 1:
            self.stack.addItem(self.tr("— (nhập một lần)"), None)
        for st in stacks_svc.stacks(self.desk.db, election_id, round_no):
            if st.kind == "ballots":
                self.stack.addItem(self.tr("Tập {0} — {1} ({2} phiếu)").format(st.id, st.team, st.collected), st.id)
        i = self.stack.findData(keep)
        self.stack.setCurrentIndex(max(i, 0))

    def load_pages(self) -> None:
        """Lists the round's recorded pages, newest last."""
        chosen = self.chooser.current()
        pages = scans.scanned_pages(self.desk.db, *chosen) if chosen else []
        self.table.setRowCount(len(pages))
        for i, p in enumerate(pages):
            made = scans.page_ballot_text(p) if p.state == "counted" else ""
            why = " ".join(text(c, prm) for c, prm in p.reason_params if c != "scan.rows_doubtful")
            if p.state == "waiting":
                rows = ", ".join(map(str, p.open_rows))
                why = (self.tr("dòng cần xem: {0}").format(rows) + " " if rows else "") + why
            state = self._state(p.state)
            if p.stack is not None and p.state == "counted":  # one entry of the stack: counts once compared
                state = self.tr("phiếu thứ {0} của lần nhập máy quét").format(p.position)
            cells = [str(p.id), p.source, str(p.page), text(f"scan.cli.status.{p.status}"), state,
                     made or why]  # fmt: skip
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if p.state == "waiting":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.scrollToBottom()
        waiting = sum(p.state == "waiting" for p in pages)
        self.review_button.setText(self.tr("Xem phiếu cần xem: {0} (Ctrl+R)").format(waiting))
        self.review_button.setEnabled(waiting > 0)

    def _state(self, state: str) -> str:
        return {
            "read": self.tr("đọc xong"),
            "waiting": self.tr("chờ người xem"),
            "decided": self.tr("đã quyết định"),
            "counted": self.tr("đã thành phiếu"),
            "rejected": self.tr("từ chối"),
        }.get(state, state)

    # -- printing --------------------------------------------------------------------------------------------------

    @Slot()
    def _on_print_clicked(self) -> None:
        chosen = self.chooser.current()
        if chosen is None:
            return
        name = f"phieu-bau-{chosen[0]}-lan{chosen[1]}.pdf"
        path = filedialogs.save_file(self, self.tr("Lưu phiếu bầu để in (PDF)"), name, self.tr("PDF (*.pdf)"))
        if path:
            self.print_ballots(path)

    def print_ballots(self, path: str) -> bool:
        """Writes the chosen round's ballots (the copies asked) as a PDF to print at 100 %."""
        chosen = self.chooser.current()
        assert chosen is not None
        try:
            layout, pdf = printing.round_ballots(self.desk.db, chosen[0], chosen[1], self.copies.value())
            write(path, pdf)
        except Exception as exc:
            show_error(self, exc)
            return False
        size = "A5" if layout.page[0] < 200 else "A4"
        self.state.setText(
            self.tr("Đã lưu {0} tờ phiếu {1}, {2} tên, vào {3}. In đúng cỡ (100 %), đóng dấu từng tờ.").format(
                self.copies.value(), size, len(layout.rows), path
            )
        )
        return True

    # -- reading ---------------------------------------------------------------------------------------------------

    @Slot()
    def _on_read_clicked(self) -> None:
        folder = filedialogs.folder(self, self.tr("Thư mục có các tệp quét"))
        if folder:
            self.read_paths([Path(folder)])

    def read_paths(self, paths: list[Path]) -> None:
        """Reads these files and folders (queued behind any reading under way)."""
        files, bad = scans.scan_files(self.desk.db.path, paths)
        if bad:
            self.state.setText(text("scan.not_images", {"files": ", ".join(b.name for b in bad)}))
        elif not files and self.watched is None:
            self.state.setText(text("scan.no_files"))
        self.queue += [f for f in files if f not in self.queue]
        self._next_batch()

    def _next_batch(self) -> None:
        if self.worker is not None or not self.queue:
            return
        chosen = self.chooser.current()
        if chosen is None:
            return
        if self.stack.currentData() is None and _entry_mode(self.desk) != 1:
            self.queue.clear()
            show_error(self, Refused("scan.needs_stack", {}, "stack"))
            return
        files, self.queue = self.queue, []
        try:
            reader = scans.reader_for(self.desk.db, *chosen)
            folder = scans.image_folder(self.desk.db)
        except Exception as exc:
            show_error(self, exc)
            return
        self.worker = ReadWorker(reader, files, folder)  # no parent: it may outlive a closed congress's page
        _RUNNING.add(self.worker)
        self.worker.finished.connect(lambda w=self.worker: _RUNNING.discard(w))
        self.destroyed.connect(self.worker.stop.set)
        app = QCoreApplication.instance()
        if app is not None and not _RUNNING_HOOKED:
            app.aboutToQuit.connect(stop_all)
            _RUNNING_HOOKED.append(True)
        self.worker.page_read.connect(self._on_worker_page_read)
        self.worker.file_done.connect(self._on_worker_file_done)
        self.worker.finished.connect(self._on_worker_finished)
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v / %m tệp"))
        self.stop_button.setEnabled(True)
        self.state.setText(self.tr("Đang đọc {0} tệp…").format(len(files)))
        self.worker.start()

    @Slot(object, object)
    def _on_worker_page_read(self, image: scans.PageImage, reading: PageReading) -> None:
        chosen = self.chooser.current()
        if chosen is None:
            return
        try:
            out = scans.record_page(
                self.desk.db, self.desk.actor, image, reading, chosen[0], chosen[1], self.stack.currentData()
            )
        except Exception as exc:
            self.cancel()
            show_error(self, exc)
            return
        if out.page_id is not None and not out.duplicate:
            self.readings[out.page_id] = reading
            self.recorded += 1
        what = self.tr("đã ghi từ trước, không tính lại") if out.duplicate else text(f"scan.cli.status.{out.status}")
        self.state.setText(self.tr("{0}, trang {1}: {2}").format(image.source, image.page, what))

    @Slot(int)
    def _on_worker_file_done(self, done: int) -> None:
        self.progress.setValue(done)

    @Slot()
    def _on_worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        self.stop_button.setEnabled(False)
        if worker is not None:
            worker.wait()
            worker.deleteLater()
            if worker.error is not None:
                show_error(self, worker.error)
        try:
            self.load_pages()
            chosen = self.chooser.current()
            if chosen is not None:
                self.load_stacks(*chosen)
        except Exception as exc:
            show_error(self, exc)
        self._next_batch()

    @Slot()
    def cancel(self) -> None:
        """Stops reading after the page under way (what was read is kept); files queued are dropped."""
        self.queue.clear()
        if self.worker is not None:
            self.worker.stop.set()
            self.state.setText(self.tr("Đang dừng…"))

    def busy(self) -> bool:
        """A reading is under way."""
        return self.worker is not None

    # -- watching the scanner's folder ------------------------------------------------------------------------------

    @Slot(bool)
    def _on_watch_toggled(self, on: bool) -> None:
        if not on:
            self.stop_watching()
            return
        folder = filedialogs.folder(self, self.tr("Thư mục máy quét lưu ảnh vào"))
        if not folder:
            self.watch_button.setChecked(False)
            return
        self.watch(Path(folder))

    def watch(self, folder: Path) -> None:
        """Reads every file already in the folder, then each new one as it arrives (once each)."""
        self.stop_watching()
        self.watched = folder
        self.watcher.addPath(str(folder))
        self.watch_button.blockSignals(True)
        self.watch_button.setChecked(True)
        self.watch_button.blockSignals(False)
        self.watch_button.setText(self.tr("Đang theo dõi {0}").format(folder.name))
        self._on_watcher_directory_changed(str(folder))

    def stop_watching(self) -> None:
        """Stops watching (files already read stay recorded)."""
        if self.watched is not None:
            self.watcher.removePath(str(self.watched))
        self.watched = None
        self.pending.clear()
        self.settle.stop()
        self.watch_button.blockSignals(True)
        self.watch_button.setChecked(False)
        self.watch_button.blockSignals(False)
        self.watch_button.setText(self.tr("Theo dõi thư mục của máy quét…"))

    @Slot(str)
    def _on_watcher_directory_changed(self, _path: str) -> None:
        if self.watched is None:
            return
        files, _ = scans.scan_files(self.desk.db.path, [self.watched])
        for f in files:
            if f in self.seen or f in self.pending:
                continue
            self.pending[f] = _stamp(f)
        if self.pending:
            self.settle.start()

    @Slot()
    def _on_settle_timeout(self) -> None:
        ready = []
        for f, before in list(self.pending.items()):
            now = _stamp(f)
            if now == before and now[0] > 0:
                ready.append(f)
                self.seen[f] = now
                del self.pending[f]
            else:
                self.pending[f] = now
        if not self.pending:
            self.settle.stop()
        if ready:
            self.read_paths(sorted(ready))

    # -- the review --------------------------------------------------------------------------------------------------

    @Slot()
    def open_review(self) -> None:
        """Shows the doubtful pages of the round one by one (keyboard first)."""
        chosen = self.chooser.current()
        if chosen is None:
            return
        try:
            self.review.start(chosen[0], chosen[1])
        except Exception as exc:
            show_error(self, exc)
            return
        self.stackw.setCurrentWidget(self.review)
        self.review.setFocus()

    @Slot()
    def _on_review_closed(self) -> None:
        self.stackw.setCurrentIndex(0)
        self.load_pages()
        self.table.setFocus()


#: Reading threads under way (kept referenced until they end); stopped and waited for when the program quits.
_RUNNING: set[ReadWorker] = set()
_RUNNING_HOOKED: list[bool] = []


def stop_all() -> None:
    """Stops every reading thread after its page and waits for it."""
    for w in list(_RUNNING):
        w.stop.set()
        w.wait()


def _stamp(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (0, 0)
    return (st.st_size, st.st_mtime_ns)


def _entry_mode(desk: Desk) -> int:
    from app.storage import queries

    with desk.db.reading() as s:
        return int(queries.congress_row(s).entry_mode)
