"""Reading an election list from a spreadsheet (.xlsx) or a CSV file: names NFC, bad rows named."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.texts import Phrase
from ballot.text import nfc

NAME_HEADERS = ("họ và tên", "họ tên", "ho va ten", "ho ten", "name", "full name", "tên")
NOTE_HEADERS = ("ghi chú", "ghi chu", "note", "năm sinh", "đơn vị", "chức vụ")
#: A title may stand above the header row: look this far down for it.
HEADER_SEARCH = 10


@dataclass(frozen=True, slots=True)
class ImportedName:
    """One row of the list: the full name and an optional note (birth year, unit)."""

    name: str
    note: str = ""
    row: int = 0


class ImportError_(UserError):
    """A list that cannot be read, with the rows at fault."""


def read_candidates(path: str | Path) -> list[ImportedName]:
    """The names in an .xlsx or .csv file, in the file's order."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".xlsx":
        rows = _xlsx_rows(p)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(p.read_bytes())
    else:
        raise ImportError_("list.file_type", {"file": p.name}, "file")
    return parse_rows(rows)


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportError_("list.xlsx_damaged", {"file": path.name}, "file") from exc
    try:
        sheet = book.worksheets[0]
        return [["" if v is None else _cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _csv_rows(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportError_("list.csv_encoding", {}, "file") from exc
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def _find(header: Sequence[str], names: Iterable[str]) -> int | None:
    wanted = tuple(names)
    for i, cell in enumerate(header):
        if nfc(cell).casefold() in wanted:
            return i
    return None


def parse_rows(rows: Sequence[Sequence[str]]) -> list[ImportedName]:
    """Names from table rows: a header row names the columns, else the first text column is the name."""
    cleaned = [[nfc(str(c)) for c in r] for r in rows]
    start = 0
    name_col: int | None = None
    note_col: int | None = None
    for i, r in enumerate(cleaned[:HEADER_SEARCH]):
        name_col = _find(r, NAME_HEADERS)
        if name_col is not None:
            note_col = _find(r, NOTE_HEADERS)
            start = i + 1
            break
    if name_col is None:
        name_col, note_col = _guess_columns(cleaned)
    names: list[ImportedName] = []
    faults: list[Phrase] = []
    for i in range(start, len(cleaned)):
        r = cleaned[i]
        line = i + 1
        if not any(r):
            continue
        name = r[name_col] if name_col < len(r) else ""
        note = r[note_col] if note_col is not None and note_col < len(r) else ""
        if not name:
            faults.append(Phrase("list.row.no_name", {"line": line}))
        elif any(ch.isdigit() for ch in name):
            faults.append(Phrase("list.row.digits", {"line": line, "name": name}))
        elif len(name.split(" ")) < 2:
            faults.append(Phrase("list.row.short", {"line": line, "name": name}))
        else:
            names.append(ImportedName(name, note, line))
    if faults:
        more = Phrase("list.more") if len(faults) > 5 else Phrase("list.none_more")
        raise ImportError_("list.bad_rows", {"count": len(faults), "rows": faults[:5], "more": more}, "file")
    if not names:
        raise ImportError_("list.no_names", {}, "file")
    return names


def _guess_columns(rows: Sequence[Sequence[str]]) -> tuple[int, int | None]:
    """No header: skip a leading number column (STT); the next column is the name, the one after the note."""
    first = next(r for r in rows if any(r)) if any(any(r) for r in rows) else []
    name_col = 1 if len(first) > 1 and first[0].isdigit() else 0
    return name_col, name_col + 1
