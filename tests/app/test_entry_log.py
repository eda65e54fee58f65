"""The entry log in words: the viewer's rows and the printed log — actions and contents from the catalogue, local
times, nothing cut, no internal keys, compact; English in the English window."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app import printing, reports
from app.db import Database
from app.minutes import records_from_log, render_pdf
from app.minutes.entrylog import when
from app.reports import LogEntry

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
INTERNAL = ("election.hand_votes", "ruleset", "seq", "both", "by:", "fingerprint:", "payload", "{", "}")


def test_every_demo_record_is_in_words(demo_db: Database) -> None:
    log = printing.entry_log(demo_db)
    assert len(log.records) == len(reports.log(demo_db)) == 378
    for r in log.records:
        assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d", r.at), r.at
        assert r.action and r.summary and not any(k in r.summary or k in r.action for k in INTERNAL), r
    actions = {r.action for r in log.records}
    assert {"Tạo dữ liệu đại hội", "Nhập phiếu", "Chốt kết quả lần bầu", "Ghi kết quả biểu quyết"} <= actions
    ballot = next(r for r in log.records if r.action == "Nhập phiếu")
    assert ballot.summary.startswith("Bầu Ban Chấp hành Đảng bộ xã khóa XXV, lần 1, phiếu thứ 1: gạch số ")
    final = next(r for r in log.records if r.action == "Chốt kết quả lần bầu")
    fingerprint = reports.round_status(demo_db, "bch", 1).fingerprint
    assert "Trần Thị Bình chốt" in final.summary and final.summary.endswith(fingerprint)  # nothing cut
    hands = next(r for r in log.records if r.action == "Ghi kết quả biểu quyết")
    assert "số lượng cần bầu: 116 đồng ý, 1 không đồng ý, 1 không biểu quyết" in hands.summary


def test_the_english_window_reads_the_log_in_english(demo_db: Database) -> None:
    titles = {e.id: e.title for e in reports.data(demo_db).elections}
    records = records_from_log(reports.log(demo_db), titles, "en")
    assert records[0].action == "Congress data created"
    assert any(r.action == "Round finalized" and "finalized by Trần Thị Bình" in r.summary for r in records)
    assert not any(re.search("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", r.action) for r in records)


def test_an_unreadable_record_says_so() -> None:
    entry = LogEntry(7, "2025-05-20T09:00:00.000+07:00", "M1", "Lan", "no.such", "{}", "", "", "ab" * 32, None)
    [r] = records_from_log([entry])
    assert (r.action, r.summary) == ("no.such", "(không đọc được nội dung bản ghi — chạy Kiểm tra toàn vẹn)")
    assert when("not a time") == "not a time"


@needs_poppler
def test_the_printed_demo_log_is_a_handful_of_pages(demo_db: Database, tmp_path: Path) -> None:
    """378 records (one line each for ballots), the last hash in full; no internal keys in the text."""
    pdf = tmp_path / "log.pdf"
    pdf.write_bytes(render_pdf(printing.entry_log(demo_db)))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    pages = text.count("\f")
    assert pages <= 10, pages
    flat = " ".join(text.split())
    assert "NHẬT KÝ NHẬP PHIẾU" in flat and "Gồm 378 bản ghi" in flat
    assert reports.last_hash(demo_db) in flat.replace(" ", "")
    assert not any(k in flat for k in ("election.hand_votes", "ruleset", "fingerprint:", "by:"))
