"""The minutes: preview inside the window, print through the system dialog, save as PDF or Word."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Slot
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.minutes import Minutes, minutes_for, render_docx, render_pdf
from app.workspace import Workspace
from ui import filedialogs
from ui.errors import show_error
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

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
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
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.state)
        layout.addWidget(self.view, 1)
        self.chooser.round_chosen.connect(self._on_chooser_round_chosen)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.docx_button.clicked.connect(self._on_docx_clicked)

    def refresh(self, prefer: tuple[str, int] | None = None) -> None:
        """Reloads the rounds and renders the chosen round's minutes."""
        self.chooser.set_data(self.ws.data(), prefer)

    def _minutes(self) -> Minutes:
        chosen = self.chooser.current()
        assert chosen is not None
        status = self.ws.round_status(*chosen)
        pending = self.ws.pending_stacks(*chosen)
        return minutes_for(self.ws.data(), chosen[0], chosen[1], finalized=status.finalized, pending_stacks=pending)

    @Slot(str, int)
    def _on_chooser_round_chosen(self, election_id: str, round_no: int) -> None:
        try:
            status = self.ws.round_status(election_id, round_no)
            pending = self.ws.pending_stacks(election_id, round_no)
            minutes = minutes_for(
                self.ws.data(), election_id, round_no, finalized=status.finalized, pending_stacks=pending
            )
            self.show_pdf(render_pdf(minutes))
        except Exception as exc:
            show_error(self, exc)
            return
        self.state.setText(
            self.tr("Biên bản chính thức (đã chốt).")
            if status.finalized
            else self.tr("BẢN NHÁP: lần bầu chưa chốt; biên bản in ra có chữ “bản nháp”.")
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
        dialog.open()

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

    def save(self, path: str, data: bytes) -> bool:
        """Writes the bytes; a fault is shown in plain words."""
        try:
            Path(path).write_bytes(data)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.state.setText(self.tr("Đã lưu {0}").format(path))
        return True
