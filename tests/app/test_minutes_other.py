"""The congress summary and the printed entry log."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from app.minutes import EntryLog, LogRecord, build_summary, records_from_log, render_docx, render_pdf
from app.minutes.entrylog import StoredEntry, summarise
from app.minutes.wording import DRAFT_MARK
from tests.app.minutes_data import CONGRESS, congress

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout
    return " ".join(out.split())


def docx_text(content: bytes) -> tuple[docx.document.Document, str]:
    d = docx.Document(io.BytesIO(content))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return d, "\n".join(parts)


def test_summary_lists_every_round_and_the_elected() -> None:
    data = congress()
    finalized = {(e.id, r.number): True for e in data.elections for r in e.rounds}
    s = build_summary(data, finalized=finalized)
    assert [(r.election, r.round) for r in s.rounds] == [
        ("bch", 1),
        ("bithu", 1),
        ("dbct", 1),
        ("dbct", 2),
        ("ubkt", 1),
        ("ubkt", 2),
        ("dbdk", 1),
        ("yk", 1),
    ]
    assert [r.outcome for r in s.rounds] == [
        "Đủ số lượng (9/9)",
        "Đủ số lượng (1/1)",
        "Bằng phiếu: 2 người cho 1 chỗ",
        "Đủ số lượng (1/1)",
        "Thiếu 1 người (2/3)",
        "Đủ số lượng (1/1)",
        "Đủ số lượng (2/2)",
        "Đủ điều kiện: 1 người",
    ]
    assert s.rounds[1].elected == ("Nguyễn Văn An, 1975 (101; 86,32%)",)
    assert not s.draft
    _, text = docx_text(render_docx(s))
    assert "TỔNG HỢP KẾT QUẢ BẦU CỬ" in text and "Nguyễn Văn An, 1975 (101; 86,32%)" in text


def test_summary_of_a_round_still_counting_concludes_nothing() -> None:
    data = congress()
    e = data.election("ubkt")
    data2 = replace(data, elections=(replace(e, rounds=(e.rounds[0], replace(e.rounds[1], ballots=()))),))
    s = build_summary(data2, finalized={})
    line = s.rounds[-1]
    assert (line.outcome, line.elected, line.status) == (
        "Chưa kiểm phiếu nào; kết quả bầu cử chưa được xác định.",
        (),
        "Bản nháp",
    )


@needs_poppler
def test_summary_pdf_is_a_draft_until_every_round_is_locked(tmp_path: Path) -> None:
    data = congress()
    s = build_summary(data, finalized={})
    text = pdf_text(render_pdf(s), tmp_path)
    assert "Bầu Ủy ban Kiểm tra Đảng ủy xã" in text
    assert (
        f"{DRAFT_MARK}. Lý do: – Lần bầu chưa chốt hoặc còn lỗi: Bầu Ban Chấp hành Đảng bộ xã khóa XXV (lần 1);" in text
    )
    assert "Trang" not in text


def generated_records(n: int) -> tuple[LogRecord, ...]:
    return tuple(
        LogRecord(
            i,
            f"2025-05-08T09:{i % 60:02d}:00+07:00",
            "M1",
            "Nguyễn Thị Nhập",
            "ballot",
            f"bch lần 1; gạch {i}",
            f"{i:064x}",
        )
        for i in range(1, n + 1)
    )


@needs_poppler
def test_entry_log_prints_every_record_and_the_last_hash(tmp_path: Path) -> None:
    log = EntryLog(CONGRESS, generated_records(60))
    text = pdf_text(render_pdf(log), tmp_path)
    assert "NHẬT KÝ NHẬP PHIẾU" in text
    assert "Gồm 60 bản ghi" in text
    assert f"{60:064x}" in text
    for i in (1, 30, 60):
        assert f"bch lần 1; gạch {i}" in text
    assert "2025-05-08 09:30:00" in text


def test_log_entries_map_to_records() -> None:
    class Entry:
        def __init__(self, seq: int, action: str, payload: dict[str, object]) -> None:
            self.seq, self.at, self.station, self.operator = seq, "2025-05-08T09:00:00", "M2", "Lê Văn Cường"
            self.action, self.payload, self.hash = action, payload, "ab" * 32

    entries: list[StoredEntry] = [
        Entry(1, "ballot", {"election": "bch", "round": 1, "seq": 4, "ballot": {"struck": [2, 5], "count": 3}}),
        Entry(2, "ballot", {"election": "bch", "round": 1, "seq": 5, "ballot": {"invalid": "marked"}}),
        Entry(3, "ballot", {"election": "bithu", "round": 1, "seq": 1, "ballot": {"marks": {"1": "agree"}}}),
        Entry(4, "create", {"ruleset": "qd190-2024", "head_pin": "secret-hash", "congress": {"title": "x"}}),
        Entry(5, "election.add", {"election": {"id": "bch", "title": "Bầu BCH"}, "position": 1}),
        Entry(6, "round.start", {"election": "dbct", "round": {"round": 2, "seats": 1}, "candidates": [1, 2]}),
    ]
    recs = records_from_log(entries)
    assert [r.summary for r in recs] == [
        "bch lần 1; gạch 2, 5 ×3; seq: 4",
        "bch lần 1; không hợp lệ: có dấu hiệu riêng; seq: 5",
        "bithu lần 1; 1:agree; seq: 1",
        "ruleset: qd190-2024",
        "election: bch — Bầu BCH; position: 1",
        "dbct; round: lần 2, 1 chỗ; candidates: 2 mục",
    ]
    assert recs[0] == LogRecord(1, "2025-05-08T09:00:00", "M2", "Lê Văn Cường", "ballot", recs[0].summary, "ab" * 32)
    assert summarise("x", {"note": "n" * 200}).endswith("…")
    assert len(summarise("x", {"note": "n" * 200})) == 110
