"""Reading an election list from Excel or CSV."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.candidates_import import ImportedName, ListError, NeedColumn, clean, parse_rows, read_candidates
from app.errors import UserError
from tests.app.spreadsheet_inputs import CASES


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
    assert "3 dòng không đọc được" in text and "chưa có tên nào được thêm" in text
    assert "dòng 3: thiếu họ và tên" in text
    assert "dòng 4: “Bình” chưa đủ họ và tên" in text
    assert "dòng 5: họ và tên “Lê Văn 3” có chữ số" in text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ds.pdf", b"%PDF", "chỉ nhận tệp Excel"),
        ("ds.csv", "Họ và tên\n".encode("utf-16-le"), "không ở bảng mã Unicode"),
        ("ds.csv", "Họ và tên\n\n".encode(), "Tệp ds.csv không có tên nào"),
        ("ds.xlsx", b"not a zip", "Không mở được tệp Excel"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError) as info:
        read_candidates(path)
    assert message in info.value.vi


@pytest.mark.parametrize("case", CASES)
def test_faulty_lists_import_right_or_are_refused_never_silently_wrong(tmp_path: Path, case: str) -> None:
    """The faulty inputs of issue 9.6 (each described in tests/app/spreadsheet_inputs.py)."""
    build, expected = CASES[case]
    path = build(tmp_path)
    if expected[0] == "refused":
        with pytest.raises(ListError) as info:
            read_candidates(path)
        assert info.value.code == expected[1]
        assert info.value.vi and info.value.en and "{" not in info.value.vi + info.value.en
        return
    got = read_candidates(path)
    if expected[0] == "ask":
        assert isinstance(got, NeedColumn) and got.rows and got.columns >= 2
        got = read_candidates(path, name_column=expected[1])
    assert isinstance(got, list)
    assert [(n.name, n.note) for n in got] == expected[-1]
    assert all(unicodedata.is_normalized("NFC", n.name) for n in got)


def test_the_question_shows_the_first_rows_of_each_column() -> None:
    ask = parse_rows([["Xã Thái Tân", "Nguyễn Văn An"], ["Xã Đông", "Trần Thị Bình"]])
    assert isinstance(ask, NeedColumn) and ask.letters == ("A", "B")
    assert ask.rows == (("Xã Thái Tân", "Nguyễn Văn An"), ("Xã Đông", "Trần Thị Bình"))


def test_row_faults_are_worded_in_each_language() -> None:
    with pytest.raises(ListError) as info:
        parse_rows([["Họ và tên"], ["An"]])
    assert "dòng 2: “An” chưa đủ họ và tên" in info.value.vi
    assert "row 2: “An” is not a full name" in info.value.en


def test_cleaning_keeps_vietnamese_and_drops_the_invisible() -> None:
    assert clean("  Nguye\u0302\u0303n\tVăn\u00a0\u00a0An\u200b ") == "Nguyễn Văn An"
    assert clean("Đặng\x00 Thu\u2060 Hà\r\n") == "Đặng Thu Hà"
