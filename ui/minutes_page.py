"""The minutes: preview inside the window, print, save as PDF or Word; the results to Excel or CSV; the projector.

The head shows finalized results in the hall from here: **Chiếu kết quả** opens the projector on the chosen
round, ◀ / ▶ move it from one finalized round to the next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Slot
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import printing, reports
from app.minutes import Minutes, render_docx, render_pdf
from app.minutes.source import write
from app.results.export import export_bytes
from ui import filedialogs
from ui.desk import Desk
from ui.errors import show_error
from ui.projector import ProjectorWindow
from ui.round_chooser import RoundChooser

PRINT_DPI = 300


def page_image(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """One page rendered on white (QtPdf renders transparent)."""
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    rendered = document.render(page, size)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


class MinutesPage(QWidget):
    """The minutes of the chosen round as they will print."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.pdf_bytes = b""
        self._buffer: QBuffer | None = None
        self._printer: QPrinter | None = None  # kept referenced while the print dialog is open
        self.document = QPdfDocument(self)
        self.chooser = RoundChooser()
        self.state = QLabel()
        self.state.setObjectName("minutes_state")
        self.state.setWordWrap(True)
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setObjectName("print_minutes")
        self.pdf_button = QPushButton(self.tr("Lưu PDF…"))
        self.pdf_button.setObjectName("save_pdf")
        self.docx_button = QPushButton(self.tr("Lưu Word…"))
        self.docx_button.setObjectName("save_docx")
        self.results_button = QPushButton(self.tr("Xuất kết quả (Excel, CSV)…"))
        self.results_button.setObjectName("export_results")
        self.results_button.setToolTip(self.tr("Mọi lần bầu của mọi cuộc bầu: số phiếu, tỷ lệ, người trúng cử"))
        self.project_button = QPushButton(self.tr("Chiếu kết quả"))
        self.project_button.setObjectName("project_results")
        self.previous_button = QPushButton("◀")
        self.previous_button.setObjectName("projector_previous")
        self.previous_button.setToolTip(self.tr("Màn hình chiếu: lần bầu đã chốt trước"))
        self.next_button = QPushButton("▶")
        self.next_button.setObjectName("projector_next")
        self.next_button.setToolTip(self.tr("Màn hình chiếu: lần bầu đã chốt tiếp theo"))
        self.projector: ProjectorWindow | None = None
        self.view = QPdfView()
        self.view.setObjectName("minutes_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("background: #7a7a7a;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Lần bầu")))
        bar.addWidget(self.chooser, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.docx_button)
        bar.addWidget(self.results_button)
        hall = QHBoxLayout()
        hall.addStretch(1)
        hall.addWidget(self.project_button)
        hall.addWidget(self.previous_button)
        hall.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(hall)
        layout.addWidget(self.state)
        layout.addWidget(self.view, 1)
        self.chooser.round_chosen.connect(self._on_chooser_round_chosen)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.docx_button.clicked.connect(self._on_docx_clicked)
        self.results_button.clicked.connect(self._on_results_clicked)
        self.project_button.clicked.connect(self._on_project_clicked)
        self.previous_button.clicked.connect(self._on_previous_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)

    def refresh(self, prefer: tuple[str, int] | None = None) -> None:
        """Reloads the rounds and renders the chosen round's minutes."""
        self.chooser.set_data(reports.data(self.desk.db), prefer)

    def _minutes(self) -> Minutes:
        chosen = self.chooser.current()
        assert chosen is not None
        return self.minutes_of(*chosen)

    def minutes_of(self, election_id: str, round_no: int) -> Minutes:
        """The round's minutes, a draft unless finalized and unchanged since (as the command line makes them)."""
        return printing.round_minutes(self.desk.db, election_id, round_no)

    @Slot(str, int)
    def _on_chooser_round_chosen(self, election_id: str, round_no: int) -> None:
        try:
            minutes = self.minutes_of(election_id, round_no)
            self.show_pdf(render_pdf(minutes))
        except Exception as exc:
            show_error(self, exc)
            return
        self.state.setText(
            self.tr("BẢN NHÁP: lần bầu chưa chốt hoặc còn lỗi; biên bản in ra có chữ “bản nháp” và lý do.")
            if minutes.draft
            else self.tr("Lần bầu đã chốt; kết quả phiếu giới thiệu được báo cáo Đoàn Chủ tịch.")
            if minutes.nomination
            else self.tr("Lần bầu đã chốt; kết quả chờ cấp ủy cấp trên chuẩn y theo quy định.")
        )

    def show_pdf(self, data: bytes) -> None:
        """Loads PDF bytes into the preview."""
        self.pdf_bytes = data
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def print_to(self, printer: QPrinter) -> int:
        """Draws every page onto the printer; the pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("Không mở được máy in."))
        try:
            rect = painter.viewport()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(int(points.width() * PRINT_DPI / 72), int(points.height() * PRINT_DPI / 72))
                image = page_image(self.document, page, size)
                scaled = size.scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(rect.x(), rect.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        return self.document.pageCount()

    @Slot()
    def _on_print_clicked(self) -> None:
        if not self.pdf_bytes:
            return
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = filedialogs.print_dialog(self._printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_print_dialog_accepted)
        dialog.open()  # type: ignore[call-arg]  # the stubs know only open(receiver, member)

    @Slot()
    def _on_print_dialog_accepted(self) -> None:
        assert self._printer is not None
        try:
            self.print_to(self._printer)
        except Exception as exc:
            show_error(self, exc)

    def ask_save_path(self, title: str, suffix: str, filter_text: str) -> str:
        """Asks where to save (replaced in tests)."""
        chosen = self.chooser.current()
        name = f"bien-ban-{chosen[0]}-lan{chosen[1]}{suffix}" if chosen else f"bien-ban{suffix}"
        return filedialogs.save_file(self, title, name, filter_text)

    @Slot()
    def _on_pdf_clicked(self) -> None:
        path = self.ask_save_path(self.tr("Lưu biên bản (PDF)"), ".pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.save(path, self.pdf_bytes)

    @Slot()
    def _on_docx_clicked(self) -> None:
        path = self.ask_save_path(self.tr("Lưu biên bản (Word)"), ".docx", self.tr("Word (*.docx)"))
        if path:
            try:
                self.save(path, render_docx(self._minutes()))
            except Exception as exc:
                show_error(self, exc)

    def ask_results_path(self) -> str:
        """Asks where to save the results (replaced in tests); .xlsx unless CSV is chosen."""
        path, chosen = filedialogs.save_file_as(
            self, self.tr("Xuất kết quả bầu cử"), "ket-qua-bau-cu.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path and Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        return path

    @Slot()
    def _on_results_clicked(self) -> None:
        path = self.ask_results_path()
        if not path:
            return
        try:
            content = export_bytes(printing.source(self.desk.db), Path(path).suffix.lower())
        except Exception as exc:
            show_error(self, exc)
            return
        self.save(path, content)

    @Slot()
    def _on_project_clicked(self) -> None:
        chosen = self.chooser.current()
        if chosen is None:
            return
        if self.projector is None:
            self.projector = ProjectorWindow(self.desk, *chosen)
            self.projector.resize(1366, 768)
            self.projector.round_shown.connect(self._on_projector_round_shown)
        else:
            self.projector.show_round(*chosen)
        self.projector.show()
        self.projector.raise_()

    @Slot()
    def _on_previous_clicked(self) -> None:
        if self.projector is not None:
            self.projector.show_previous()

    @Slot()
    def _on_next_clicked(self) -> None:
        if self.projector is not None:
            self.projector.show_next()

    @Slot(str, int)
    def _on_projector_round_shown(self, election_id: str, round_no: int) -> None:
        title = reports.data(self.desk.db).election(election_id).title
        self.state.setText(self.tr("Màn hình chiếu đang hiện: {0}, lần {1}").format(title, round_no))

    def save(self, path: str, data: bytes) -> bool:
        """Writes the bytes; a fault is shown in plain words."""
        try:
            write(path, data)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.state.setText(self.tr("Đã lưu {0}").format(path))
        return True
