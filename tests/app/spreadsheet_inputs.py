"""Faulty election lists as people send them (issue 9.6), made in the test: each with what must come of it.

`CASES` maps a name to (builder, expected): the builder writes the file into a folder and returns its path;
`expected` is ("names", [(name, note), …]) — imported right; ("ask", column, [(name, note), …]) — the import
asks which column holds the names, and with that column gives these; or ("refused", code) — refused with a
clear message. Nothing may come out silently wrong.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook

Builder = Callable[[Path], Path]
AN, BINH, CUONG = "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"


def xlsx(
    name: str, rows: list[list[Any]], merges: tuple[str, ...] = (), sheets: dict[str, list[list[Any]]] | None = None
) -> Builder:
    def build(folder: Path) -> Path:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in rows:
            sheet.append(row)
        for m in merges:
            sheet.merge_cells(m)
        for title, more in (sheets or {}).items():
            extra = book.create_sheet(title)
            for row in more:
                extra.append(row)
        path = folder / name
        book.save(path)
        return path

    return build


def patched(build: Builder, *edits: tuple[str, str]) -> Builder:
    """An .xlsx whose first sheet's XML is edited (what openpyxl cannot write: cached values, escapes)."""

    def patch(folder: Path) -> Path:
        path = build(folder)
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
        for pattern, repl in edits:
            xml, n = re.subn(pattern, repl, xml)
            assert n, pattern
        parts["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in parts.items():
                z.writestr(n, data)
        return path

    return patch


def raw(name: str, data: bytes) -> Builder:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return build


def text(name: str, content: str, encoding: str = "utf-8") -> Builder:
    return raw(name, content.encode(encoding))


TONES = "\u0300\u0301\u0303\u0309\u0323"  # the marks Windows-1258 keeps apart from their letter


def cp1258(content: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: a letter (with its hat or horn) then its tone mark."""
    out = []
    for ch in content:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES)) + tones)
    return "".join(out).encode("cp1258")


def cached(cell: str, value: str, kind: str = "str") -> tuple[str, str]:
    """Gives a formula cell the value Excel would have stored with it."""
    return (rf'<c r="{cell}"><f>(.*?)</f><v\s*/?>(</v>)?</c>', rf'<c r="{cell}" t="{kind}"><f>\1</f><v>{value}</v></c>')


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
HEADER = ["STT", "Họ và tên", "Đơn vị"]
FORMULAS = [HEADER, [1, '="Nguyễn "&"Văn An"', "Xã A"], [2, BINH, "Xã B"], [3, '=UPPER("lê văn cường")', "Xã C"]]

CASES: dict[str, tuple[Builder, tuple[Any, ...]]] = {
    # no "Họ và tên" header: with two text columns, which holds the names is asked, never guessed
    "no header, unit first (xlsx)": (
        xlsx("ds.xlsx", [["Xã Thái Tân", AN, 1975], ["Xã Đông Hải", BINH, 1980]]),
        ("ask", 1, [(AN, ""), (BINH, "")]),
    ),
    "no header, unit first (csv)": (
        text("ds.csv", f"Xã Thái Tân,{AN}\nXã Đông Hải,{BINH}\n"),
        ("ask", 1, [(AN, ""), (BINH, "")]),
    ),
    "no header, one text column": (text("ds.csv", f"1,{AN},1975\n2,{BINH},1980\n"), ("names", [(AN, ""), (BINH, "")])),
    # formulas: without a stored value (saved by a program that does not calculate) refused; with one, used
    "formulas without values": (xlsx("ds.xlsx", FORMULAS), ("refused", "lists.bad_rows")),
    "formulas without values, alone on their rows": (
        xlsx("ds.xlsx", [["Họ và tên"], ['="Nguyễn Văn An"'], [BINH], ['=UPPER("lê văn cường")']]),
        ("refused", "lists.bad_rows"),
    ),
    "formulas with values": (
        patched(xlsx("ds.xlsx", FORMULAS), cached("B2", AN), cached("B4", "LÊ VĂN CƯỜNG")),
        ("names", [(AN, "Xã A"), (BINH, "Xã B"), ("LÊ VĂN CƯỜNG", "Xã C")]),
    ),
    "a formula whose value is an error": (
        patched(xlsx("ds.xlsx", FORMULAS[:2]), cached("B2", "#REF!", "e")),
        ("refused", "lists.bad_rows"),
    ),
    # invisible characters: stripped, white space folded, NFC
    "NUL and control characters (csv)": (
        text("ds.csv", "Họ và tên\nNguyễn\x00 Văn An\n\x07Trần Thị\x1b Bình\x7f\nLê\x85Văn\u2028Cường\n"),
        ("names", [(AN, ""), (BINH, ""), (CUONG, "")]),
    ),
    "escaped control characters (xlsx)": (
        patched(xlsx("ds.xlsx", [["Họ và tên"], ["Nguyễn Văn An"]]), (r"<t>Nguy", "<t>_x0000_Nguy")),
        ("names", [(AN, "")]),
    ),
    "zero-width and no-break spaces": (
        text("ds.csv", "Họ\u00a0và tên\n\ufeffTrần\u00a0Thị\u200b Bình\u200e\nLê\u2009Văn\u202fCường\n"),
        ("names", [(BINH, ""), (CUONG, "")]),
    ),
    "a line break inside a cell": (xlsx("ds.xlsx", [["Họ và tên"], ["Nguyễn Văn\nAn"]]), ("names", [(AN, "")])),
    # merged cells
    "a merged header": (
        xlsx("ds.xlsx", [["STT", "Họ và tên", None, "Ghi chú"], [1, AN, None, "1975"]], merges=("B1:C1",)),
        ("names", [(AN, "1975")]),
    ),
    "one name merged over two rows": (
        xlsx("ds.xlsx", [["Họ và tên", "Ghi chú"], [AN, "1975"], [None, "1976"], [BINH, "1980"]], merges=("A2:A3",)),
        ("refused", "lists.bad_rows"),
    ),
    "a unit merged over several people": (
        xlsx("ds.xlsx", [["Họ và tên", "Đơn vị"], [AN, "Xã A"], [BINH, None], [CUONG, "Xã C"]], merges=("B2:B3",)),
        ("names", [(AN, "Xã A"), (BINH, "Xã A"), (CUONG, "Xã C")]),
    ),
    # files that are not what their name says, and encodings
    "an old .xls": (raw("ds.xls", OLE2), ("refused", "lists.old_excel")),
    "an old .xls renamed .xlsx (or a password)": (raw("ds.xlsx", OLE2), ("refused", "lists.old_excel")),
    "a UTF-16 CSV (Excel's Unicode text)": (
        text("ds.txt", f"STT\tHọ và tên\tGhi chú\n1\t{AN}\t1975\n2\t{BINH}\t\n", "utf-16"),
        ("names", [(AN, "1975"), (BINH, "")]),
    ),
    "a Windows-1258 CSV": (raw("ds.csv", cp1258(f"Họ và tên\n{AN}\n")), ("refused", "lists.not_unicode")),
    "an OpenDocument sheet": (raw("ds.ods", b"PK\x03\x04"), ("refused", "lists.unsupported")),
    # sizes
    "10,000 names": (
        xlsx(
            "ds.xlsx",
            [["Họ và tên"]] + [[f"Nguyễn Văn {chr(0x41 + i % 26)}{'a' * (i // 26 % 7)}"] for i in range(10_000)],
        ),
        ("refused", "lists.too_many"),
    ),
    "3 names, then 10,000 empty rows": (
        xlsx("ds.xlsx", [["Họ và tên"], [AN], [BINH], [CUONG]] + [[None, None]] * 10_000),
        ("names", [(AN, ""), (BINH, ""), (CUONG, "")]),
    ),
    "an empty CSV": (raw("ds.csv", b""), ("refused", "lists.empty")),
    "an empty .xlsx (0 bytes)": (raw("ds.xlsx", b""), ("refused", "lists.empty")),
    "a header and nothing else": (xlsx("ds.xlsx", [["STT", "Họ và tên"]]), ("refused", "lists.no_names")),
    # sheets and columns
    "two sheets with lists": (
        xlsx("ds.xlsx", [["Họ và tên"], [AN]], sheets={"UBKT": [["Họ và tên"], [BINH]]}),
        ("refused", "lists.several_sheets"),
    ),
    "the list on the second sheet only": (
        xlsx("ds.xlsx", [], sheets={"Danh sách": [["Họ và tên"], [AN]]}),
        ("names", [(AN, "")]),
    ),
    "family name and given name in two columns": (
        xlsx(
            "ds.xlsx",
            [["STT", "Họ và tên đệm", "Tên", "Năm sinh"], [1, "Nguyễn Văn", "An", 1975], [2, "Trần Thị", "Bình", 1980]],
        ),
        ("names", [(AN, "1975"), (BINH, "1980")]),
    ),
    "a given-name column before the full name": (
        xlsx("ds.xlsx", [["Tên", "Họ và tên"], ["An", AN]]),
        ("names", [(AN, "")]),
    ),
    "the header in capitals with a colon": (
        text("ds.csv", f"STT;HỌ VÀ TÊN:;GHI CHÚ\n1;{AN};x\n"),
        ("names", [(AN, "x")]),
    ),
    "Excel's sep= line": (text("ds.csv", f"sep=;\nHọ và tên;Ghi chú\n{AN};a, b\n"), ("names", [(AN, "a, b")])),
    "a name that is a paragraph": (
        text("ds.csv", "Họ và tên\n" + "Nguyễn Văn An " * 20 + "\n"),
        ("refused", "lists.bad_rows"),
    ),
    "numbered rows left empty at the end": (
        text("ds.csv", f"STT,Họ và tên\n1,{AN}\n2,{BINH}\n3,\n4,\n"),
        ("names", [(AN, ""), (BINH, "")]),
    ),
    "a numbered row left empty in the middle": (
        text("ds.csv", f"STT,Họ và tên\n1,{AN}\n2,\n3,{BINH}\n"),
        ("refused", "lists.bad_rows"),
    ),
}
