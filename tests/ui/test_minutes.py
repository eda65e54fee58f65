"""The minutes screen: preview of the PDF, printing onto a printer, saving PDF and Word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app import reports
from ui.desk import Desk
from ui.minutes_page import MinutesPage, page_image


@pytest.fixture
def page(qtbot: QtBot, demo_desk: Desk) -> MinutesPage:
    p = MinutesPage(demo_desk)
    qtbot.addWidget(p)
    p.refresh(("bch", 1))
    return p


def test_preview_loads_the_finalized_minutes(page: MinutesPage) -> None:
    assert page.pdf_bytes.startswith(b"%PDF")
    assert page.document.status() == QPdfDocument.Status.Ready
    assert page.document.pageCount() >= 1
    assert page.state.text() == "Lần bầu đã chốt; kết quả chờ cấp ủy cấp trên chuẩn y theo quy định."
    image = page_image(page.document, 0, QSize(300, 424))
    assert image.pixelColor(1, 1) == QColor("white")  # pages are filled white, not transparent
    # the text of the minutes is really there
    assert "BIÊN BẢN KIỂM PHIẾU" in page.document.getAllText(0).text().upper()


def test_open_round_is_a_draft(page: MinutesPage) -> None:
    page.chooser.choose("ubkt", 2)
    assert "BẢN NHÁP" in page.state.text()


def test_print_to_a_pdf_printer(page: MinutesPage, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == page.document.pageCount()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_save_pdf_and_word(page: MinutesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf, docx = tmp_path / "bb.pdf", tmp_path / "bb.docx"
    monkeypatch.setattr(page, "ask_save_path", lambda *a: str(pdf))
    page._on_pdf_clicked()
    assert pdf.read_bytes() == page.pdf_bytes
    monkeypatch.setattr(page, "ask_save_path", lambda *a: str(docx))
    page._on_docx_clicked()
    assert docx.read_bytes()[:2] == b"PK"
    assert page.state.text() == f"Đã lưu {docx}"


def test_saving_into_a_missing_folder_is_explained(page: MinutesPage, tmp_path: Path) -> None:
    assert not page.save(str(tmp_path / "no" / "such" / "bb.pdf"), b"x")
    from PySide6.QtWidgets import QMessageBox

    box = page.findChild(QMessageBox, "message_box")
    assert box is not None and "thư mục không tồn tại" in box.text()
    box.close()
    assert not (tmp_path / "no").exists()


def test_results_to_excel_and_csv_from_the_window(
    page: MinutesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same export as `kiemphieu results`: a summary sheet and one sheet per election."""
    import openpyxl

    xlsx, csv = tmp_path / "kq.xlsx", tmp_path / "kq.csv"
    monkeypatch.setattr(page, "ask_results_path", lambda: str(xlsx))
    page.results_button.click()
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames[0] == "Tổng hợp" and len(wb.sheetnames) == 1 + len(reports.data(page.desk.db).elections)
    monkeypatch.setattr(page, "ask_results_path", lambda: str(csv))
    page.results_button.click()
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")
    assert page.state.text() == f"Đã lưu {csv}"


def test_the_head_drives_the_projector_from_the_minutes_page(page: MinutesPage, qtbot: QtBot) -> None:
    page.project_button.click()
    projector = page.projector
    assert projector is not None and projector.key == ("bch", 1)
    qtbot.addWidget(projector)
    page.next_button.click()
    assert projector.key == ("bt", 1)
    assert "Bầu Bí thư" in page.state.text()
    page.previous_button.click()
    assert projector.key == ("bch", 1)
    projector.close()
