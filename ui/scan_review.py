"""Checking the doubtful scanned ballots, one page at a time, at the keyboard.

The page is shown with its doubtful rows framed (red while open, green once decided), and beside it the crop of
the row being decided, large. Keys: on a strike-out ballot S or Space = struck, K = not struck; on an
agree/disagree ballot 1 = agree, 2 = disagree, 3 = both, 4 = none. The committee's ruling on the whole ballot
(writing or a mark beside the names, a name added, no stamp): H = counts as read, D = invalid (an identifying
mark), G = invalid (a name written in), P = invalid (not issued by the committee). Each key records one decision
with who made it (`app.scans.decide`); when the page's last doubt is decided it becomes a ballot. Enter or Page
Down: the next page; Page Up: the previous; Esc: back to the list.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app import reports, scans
from app.scan.layout import Box
from app.scan.model import PageReading
from app.scan.reader import Reader
from app.texts import text
from ui.desk import Desk
from ui.errors import show_error

#: Keys of a strike-out row, of an agree/disagree row, and of the ruling on the whole ballot.
STRIKE_KEYS = {Qt.Key.Key_S: "struck", Qt.Key.Key_Space: "struck", Qt.Key.Key_K: "kept"}
BOX_KEYS = {Qt.Key.Key_1: "agree", Qt.Key.Key_2: "disagree", Qt.Key.Key_3: "both", Qt.Key.Key_4: "none"}
RULING_KEYS = {
    Qt.Key.Key_H: "valid",
    Qt.Key.Key_D: "invalid.marked",
    Qt.Key.Key_G: "invalid.write_in",
    Qt.Key.Key_P: "invalid.not_issued",
}


def to_pixmap(gray: np.ndarray) -> QPixmap:
    """A grey image as a pixmap (copied)."""
    gray = np.ascontiguousarray(gray)
    h, w = gray.shape
    return QPixmap.fromImage(QImage(gray.data, w, h, w, QImage.Format.Format_Grayscale8).copy())


def crop(gray: np.ndarray, quad: tuple[tuple[float, float], ...]) -> np.ndarray:
    """The quadrilateral cut out of the image and straightened."""
    src = np.array(quad, np.float32)
    w = int(max(np.linalg.norm(src[1] - src[0]), np.linalg.norm(src[2] - src[3])))
    h = int(max(np.linalg.norm(src[3] - src[0]), np.linalg.norm(src[2] - src[1])))
    dst = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(gray, m, (max(w, 1), max(h, 1)), flags=cv2.INTER_AREA, borderValue=255)


class ScanReview(QWidget):
    """The doubtful pages of one round, decided at the keyboard.

    Signals:
        closed(): Esc, or nothing is left to decide and Enter was pressed.
    """

    closed = Signal()

    def __init__(self, desk: Desk, readings: dict[int, PageReading], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_review")
        self.desk = desk
        self.readings = readings
        self.round: tuple[str, int] | None = None
        self.reader: Reader | None = None
        self.names: dict[int, str] = {}
        self.pages: list[scans.ScannedPage] = []
        self.index = 0
        self.page: scans.ScannedPage | None = None
        self.gray: np.ndarray | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel()
        self.title.setObjectName("scan_review_title")
        self.title.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.image = QLabel()
        self.image.setObjectName("scan_review_page")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(300, 400)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.question = QLabel()
        self.question.setObjectName("scan_review_question")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 18px;")
        self.row_image = QLabel()
        self.row_image.setObjectName("scan_review_row")
        self.row_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.row_image.setMinimumHeight(120)
        self.row_image.setStyleSheet("background: white; border: 2px solid #b00;")
        self.row_image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.done = QLabel()
        self.done.setObjectName("scan_review_done")
        self.done.setWordWrap(True)
        self.keys = QLabel()
        self.keys.setObjectName("scan_review_keys")
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet("color: #333; background: #f4f1e6; padding: 6px;")
        right = QVBoxLayout()
        right.addWidget(self.question)
        right.addWidget(self.row_image)
        right.addWidget(self.done)
        right.addStretch(1)
        right.addWidget(self.keys)
        body = QHBoxLayout()
        body.addWidget(self.image, 2)
        body.addLayout(right, 3)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(body, 1)

    # -- loading ---------------------------------------------------------------------------------------------------

    def start(self, election_id: str, round_no: int) -> None:
        """Loads the round's pages waiting for a decision and shows the first."""
        if self.round != (election_id, round_no):
            self.reader = None
        self.round = (election_id, round_no)
        data = reports.data(self.desk.db)
        self.names = {c.no: c.name for c in data.election(election_id).candidates}
        self.pages = [p for p in scans.scanned_pages(self.desk.db, election_id, round_no) if p.state == "waiting"]
        self.index = 0
        self.show_page()

    def reading_of(self, page: scans.ScannedPage) -> PageReading | None:
        """The page's reading (kept from the scan, else read again from the kept image: the reader is
        deterministic); None if the image cannot be read."""
        if page.id in self.readings:
            return self.readings[page.id]
        if self.gray is None or self.round is None:
            return None
        if self.reader is None:
            self.reader = scans.reader_for(self.desk.db, *self.round)
        reading = self.reader.read(self.gray)
        self.readings[page.id] = reading
        return reading

    def show_page(self) -> None:
        """Shows the current page (or says nothing is left)."""
        self.page = self.pages[self.index] if 0 <= self.index < len(self.pages) else None
        if self.page is None:
            self.gray = None
            self.title.setText(self.tr("Không còn phiếu quét nào chờ người xem."))
            self.image.clear()
            self.row_image.clear()
            self.question.setText(self.tr("Enter hoặc Esc: trở về danh sách."))
            self.done.clear()
            self.keys.clear()
            return
        p = self.page
        path = Path(scans.image_folder(self.desk.db)) / p.file
        self.gray = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
        self.title.setText(
            self.tr("Trang quét số {0} ({1}, trang {2}) — {3}/{4} trang chờ xem").format(
                p.id, p.source, p.page, self.index + 1, len(self.pages)
            )
        )
        self.refresh_page()

    def _reload(self) -> None:
        assert self.page is not None and self.round is not None
        fresh = {q.id: q for q in scans.scanned_pages(self.desk.db, *self.round)}
        self.page = self.pages[self.index] = fresh[self.page.id]

    def current_item(self) -> int | str | None:
        """The row being decided, "ballot" for the committee's ruling, or None when the page is done."""
        p = self.page
        if p is None or p.state != "waiting":
            return None
        if p.open_rows:
            return p.open_rows[0]
        return "ballot" if p.needs_ruling and "ballot" not in p.decisions else None

    def refresh_page(self) -> None:
        """Draws the page, the current row's crop, the question and the keys."""
        p = self.page
        assert p is not None
        reading = self.reading_of(p) if self.gray is not None else None
        item = self.current_item()
        self._draw_page(p, reading, item)
        strike = p.form == "strike_out"
        reasons = " ".join(text(c, prm) for c, prm in p.reason_params if c not in ("scan.rows_doubtful",))
        decided = [
            self.tr("Dòng {0}: {1}").format(k, text(f"scan.verdict.{v}"))
            if k != "ballot"
            else text(f"scan.verdict.{v}")
            for k, v in p.decisions.items()
        ]
        if item is None:
            made = scans.page_ballot_text(p)
            self.question.setText(
                self.tr("Trang này đã thành phiếu: {0}. Enter: trang tiếp.").format(made)
                if made
                else self.tr("Trang này không còn gì để quyết định. Enter: trang tiếp.")
            )
            self.row_image.clear()
            self.row_image.hide()
        elif item == "ballot":
            self.question.setText(
                self.tr("Ban kiểm phiếu xét cả tờ phiếu: {0}").format(reasons or self.tr("có dấu ngoài các tên"))
            )
            self._show_crop(reading, None)
        else:
            assert isinstance(item, int)
            name = self.names.get(item, "")
            ask = self.tr("gạch hay không gạch?") if strike else self.tr("đánh dấu ô nào?")
            self.question.setText(self.tr("Dòng {0}: {1} — {2}").format(item, name, ask))
            self._show_crop(reading, item)
        self.done.setText("\n".join(decided) + ("\n" + reasons if reasons and item != "ballot" else ""))
        row_keys = (
            self.tr("S hoặc Dấu cách: bị gạch · K: không bị gạch")
            if strike
            else self.tr("1: đồng ý · 2: không đồng ý · 3: cả hai ô · 4: bỏ trống")
        )
        self.keys.setText(
            row_keys
            + "\n"
            + self.tr(
                "Cả tờ phiếu: H: tính như đã đọc · D: không hợp lệ (dấu hiệu riêng) · G: không hợp lệ (ghi thêm "
                "tên) · P: không hợp lệ (không do Ban phát ra)"
            )
            + "\n"
            + self.tr("Enter / Page Down: trang tiếp · Page Up: trang trước · Esc: trở về danh sách")
        )

    def _draw_page(self, p: scans.ScannedPage, reading: PageReading | None, item: int | str | None) -> None:
        if self.gray is None:
            self.image.setText(self.tr("Không mở được ảnh {0}").format(p.file))
            return
        img = QImage(to_pixmap(self.gray).toImage().convertToFormat(QImage.Format.Format_RGB32))
        if reading is not None:
            painter = QPainter(img)
            width = max(3.0, img.width() / 300)
            for no in p.doubtful:
                quad = reading.row_quad(no, 1.0)
                if not quad:
                    continue
                decided = str(no) in p.decisions
                color = QColor("#1a7f37") if decided else QColor("#c00000")
                painter.setPen(QPen(color, width * (2 if no == item else 1)))
                painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in quad]))
            painter.end()
        size = self.image.size()
        self.image.setPixmap(
            QPixmap.fromImage(img).scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def _show_crop(self, reading: PageReading | None, no: int | None) -> None:
        self.row_image.show()
        if self.gray is None or reading is None:
            self.row_image.clear()
            return
        if no is None:  # the ruling: the stamp's corner when there is no stamp, else the list and below it
            page = self.page
            rows = reading.rows
            if (page is not None and "scan.marks_outside" not in page.reasons) or not rows:
                part = self.gray[: self.gray.shape[0] // 2]
            else:
                x0, x1 = min(r.cell.x0 for r in rows) - 15, max((r.extent or r.cell).x1 for r in rows) + 8
                y0, y1 = min(r.cell.y0 for r in rows) - 8, max(r.cell.y1 for r in rows) + 45
                part = crop(self.gray, reading.image_quad(Box(x0, y0, x1, y1)))
        else:
            quad = reading.row_quad(no, 2.0)
            if not quad:
                self.row_image.clear()
                return
            part = crop(self.gray, quad)
        pix = to_pixmap(part)
        w = max(self.row_image.width() - 8, 200)
        h_max = 420 if no is None else 220
        self.row_image.setPixmap(
            pix.scaled(w, h_max, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )

    # -- keys ------------------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown):
            self.go(1)
            return
        if key == Qt.Key.Key_PageUp:
            self.go(-1)
            return
        p, item = self.page, self.current_item()
        if p is None:
            super().keyPressEvent(event)
            return
        if key in RULING_KEYS:
            self.decide(None, RULING_KEYS[key])
            return
        if isinstance(item, int):
            keys = STRIKE_KEYS if p.form == "strike_out" else BOX_KEYS
            if key in keys:
                self.decide(item, keys[key])
                return
        super().keyPressEvent(event)

    def go(self, step: int) -> None:
        """The next (or previous) page; past the last, back to the list."""
        if self.page is None or (step > 0 and self.index + 1 >= len(self.pages)):
            self.closed.emit()
            return
        self.index = max(0, self.index + step)
        self.show_page()

    def decide(self, row: int | None, verdict: str) -> None:
        """Records one decision on the current page (who: the station's operator) and shows what follows."""
        assert self.page is not None
        try:
            scans.decide(self.desk.db, self.desk.actor, self.page.id, row, verdict)
            self._reload()
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh_page()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.page is not None:
            self.refresh_page()
