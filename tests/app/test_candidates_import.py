"""Reading an election list from Excel or CSV."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.candidates_import import ImportedName, parse_rows, read_candidates
from app.errors import UserError


def test_xlsx_with_header_and_notes(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["DANH SÁCH BẦU CỬ"])
    sheet.append(["STT", "Họ và tên", "Năm sinh"])
    sheet.append([1, "Nguyễn Văn An", 1975])
    sheet.append([None, None, None])
    # a decomposed (NFD) name with doubled spaces comes out NFC and tidy
    sheet.append([2, unicodedata.normalize("NFD", "Trần  Thị Bình"), "Xã Thái Tân"])
    path = tmp_path / "ds.xlsx"
    book.save(path)
    # the title row above the header is skipped; the blank row too
    names = read_candidates(path)
    assert [(n.name, n.row) for n in names] == [("Nguyễn Văn An", 3), ("Trần Thị Bình", 5)]
    assert names[0].note == "1975"
    assert names[-1].note == "Xã Thái Tân"
    assert unicodedata.is_normalized("NFC", names[-1].name)


def test_header_row_picks_columns() -> None:
    rows = [["Ghi chú", "Họ tên"], ["1970", "Lê Văn Cường"], ["", "Phạm Thị Dung"]]
    assert parse_rows(rows) == [ImportedName("Lê Văn Cường", "1970", 2), ImportedName("Phạm Thị Dung", "", 3)]


def test_csv_semicolon_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_bytes("\ufeffSTT;Họ và tên;Ghi chú\n1;Hoàng Văn Em;\n2;Đỗ Thị Giang;Phường 3\n".encode())
    assert [(n.name, n.note) for n in read_candidates(path)] == [("Hoàng Văn Em", ""), ("Đỗ Thị Giang", "Phường 3")]


def test_csv_without_header_skips_the_number_column(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text("1,Nguyễn Văn An,1975\n2,Trần Thị Bình,\n", encoding="utf-8")
    assert [n.name for n in read_candidates(path)] == ["Nguyễn Văn An", "Trần Thị Bình"]


def test_bad_rows_are_named(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text("STT,Họ và tên\n1,Nguyễn Văn An\n2,\n3,Bình\n4,Lê Văn 3\n", encoding="utf-8")
    with pytest.raises(UserError) as info:
        read_candidates(path)
    text = info.value.vi
    assert "3 dòng không đọc được" in text
    assert "dòng 3: thiếu họ và tên" in text
    assert "dòng 4: “Bình” chưa đủ họ và tên" in text
    assert "dòng 5: họ và tên “Lê Văn 3” có chữ số" in text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ds.pdf", b"%PDF", "chỉ nhận tệp Excel"),
        ("ds.csv", "Họ và tên\n".encode("utf-16"), "không ở bảng mã UTF-8"),
        ("ds.csv", "Họ và tên\n\n".encode(), "Tệp không có tên nào"),
        ("ds.xlsx", b"not a zip", "Không mở được tệp Excel"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError) as info:
        read_candidates(path)
    assert message in info.value.vi
