"""Reading an election list from a spreadsheet (.xlsx) or a CSV file: right, or refused — never silently wrong.

- The names are in the column headed "Họ và tên" (or "Họ tên", "Name", …; or "Họ và tên đệm" + "Tên",
  joined). Without such a header, a sheet with one text column is read from it; with several, the import
  returns `NeedColumn` (the first rows, for people to choose the column) and is read again with
  `name_column`.
- Every cell is cleaned: control characters removed (a NUL, a bell…), line breaks and unusual spaces made
  plain spaces, invisible format characters (zero-width space, BOM, direction marks) removed, white space
  folded, NFC.
- Refused, with the rows and cells named: a formula whose value was never calculated (a file saved by a
  program that does not calculate), a formula error (#REF!…), one name merged over several rows, a name with
  digits, of one word, or longer than a name can be; rows numbered but left empty between names.
  A unit merged over several people is given to each of them.
- Refused, with what to do: an old .xls (or a password-protected workbook), a CSV not in UTF-8 or UTF-16
  (Windows-1258, TCVN3, VNI cannot be told apart safely), an empty file, no names, several sheets holding
  lists, more names than a list can have.

The refusals are `ListError(code, params)` with texts in the catalogue (section "lists from spreadsheets").
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app import texts
from app.errors import UserError

#: Headers of the full-name column, most specific first.
NAME_HEADERS = ("họ và tên", "họ tên", "họ và tên khai sinh", "ho va ten", "ho ten", "full name", "name")
#: A family-and-middle-name column and a given-name column, to be joined.
FAMILY_HEADERS = ("họ và tên đệm", "họ và đệm", "họ đệm", "họ, tên đệm", "họ tên đệm", "ho dem", "họ")
GIVEN_HEADERS = ("tên", "ten", "tên gọi")
NOTE_HEADERS = ("ghi chú", "ghi chu", "note", "năm sinh", "đơn vị", "chức vụ", "quê quán", "đơn vị công tác")
#: A title may stand above the header row: look this far down for it.
HEADER_SEARCH = 10
#: More names than any congress lists (a national congress lists about 220).
MAX_NAMES = 1000
#: Longer than any name.
MAX_NAME = 80
#: Rows shown when the import asks which column holds the names.
PREVIEW_ROWS = 5
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\x85]+")
_XLSX_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


@dataclass(frozen=True, slots=True)
class ImportedName:
    """One row of the list: the full name and an optional note (birth year, unit)."""

    name: str
    note: str = ""
    row: int = 0


@dataclass(frozen=True, slots=True)
class NeedColumn:
    """No "Họ và tên" header and several text columns: which one holds the names? (0-based columns)"""

    rows: tuple[tuple[str, ...], ...]
    columns: int
    letters: tuple[str, ...] = ()


class ListError(UserError):
    """A list that cannot be read right; a row-by-row refusal words each row in the same language."""

    def __init__(self, code: str, params: Mapping[str, object] | None = None, faults: Sequence[Fault] = ()) -> None:
        self.faults = tuple(faults)
        super().__init__(code, {**(params or {}), "count": len(self.faults)} if faults else params)

    def message(self, lang: str | None = None) -> str:
        """The text, with the first rows at fault listed."""
        if not self.faults:
            return super().message(lang)
        shown = "; ".join(texts.text(f.code, {"row": f.row, **f.params}, lang) for f in self.faults[:5])
        more = "; …" if len(self.faults) > 5 else ""
        return texts.text(self.code, {**self.params, "rows": shown + more}, lang)


#: The former name of ListError (callers may still catch it).
ImportError_ = ListError


@dataclass(frozen=True, slots=True)
class Fault:
    """What is wrong with one row (1-based, as the spreadsheet numbers it)."""

    row: int
    code: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass
class Table:
    """A sheet's cells as clean text, and the cells that cannot be trusted (by 0-based row and column)."""

    rows: list[list[str]]
    marks: dict[tuple[int, int], tuple[str, dict[str, object]]] = field(default_factory=dict)


# ---- reading the file ---------------------------------------------------------------------------------------


def read_candidates(path: str | Path, *, name_column: int | None = None) -> list[ImportedName] | NeedColumn:
    """The names in an .xlsx or .csv file in the file's order, or `NeedColumn` when it must be asked."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".xls", ".csv", ".txt"):
        raise ListError("lists.unsupported", {"file": p.name, "suffix": suffix or "?"})
    data = p.read_bytes()
    if not data.strip():
        raise ListError("lists.empty", {"file": p.name})
    if data.startswith(OLE2):
        raise ListError("lists.old_excel", {"file": p.name})
    table = _xlsx_table(p) if suffix in (".xlsx", ".xlsm", ".xls") else Table(_csv_rows(data, p.name))
    return parse_table(table, name_column, p.name)


def _xlsx_table(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        values = load_workbook(path, data_only=True)
        formulas = load_workbook(path, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ListError("lists.bad_xlsx", {"file": path.name, "detail": type(exc).__name__}) from exc
    used = [i for i, ws in enumerate(values.worksheets) if any(any(v is not None for v in r) for r in ws.values)]
    if len(used) > 1:
        names = ", ".join(values.worksheets[i].title for i in used)
        raise ListError("lists.several_sheets", {"file": path.name, "sheets": names})
    if not used:
        raise ListError("lists.no_names", {"file": path.name})
    sheet, shown = formulas.worksheets[used[0]], values.worksheets[used[0]]
    table = Table([])
    for r, (frow, vrow) in enumerate(zip(sheet.iter_rows(), shown.iter_rows(), strict=True)):
        out: list[str] = []
        for c, (fcell, vcell) in enumerate(zip(frow, vrow, strict=True)):
            value = vcell.value
            if fcell.data_type == "f" and value is None:
                table.marks[(r, c)] = ("lists.row.formula", {"cell": fcell.coordinate})
            elif vcell.data_type == "e" or (
                isinstance(value, str) and value.startswith("#") and fcell.data_type == "f"
            ):
                table.marks[(r, c)] = ("lists.row.error_value", {"cell": fcell.coordinate, "value": str(value)})
                value = None
            out.append(clean(_cell_text(value)))
        table.rows.append(out)
    for merged in shown.merged_cells.ranges:
        top = clean(_cell_text(shown.cell(merged.min_row, merged.min_col).value))
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                if (r, c) == (merged.min_row, merged.min_col):
                    continue
                row = table.rows[r - 1]
                row.extend([""] * (c - len(row)))
                row[c - 1] = top
                if r > merged.min_row:
                    table.marks.setdefault((r - 1, c - 1), ("lists.row.merged", {"cells": merged.coord}))
    return table


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _XLSX_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), str(value))


def _csv_rows(data: bytes, name: str) -> list[list[str]]:
    text = _decode(data, name)
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter: str | None = lines[0].strip()[4]
        text = "".join(lines[1:])
    else:
        delimiter = None
    sample = text[:4096]
    dialect: type[csv.Dialect] | csv.Dialect
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=delimiter or ",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[clean(c) for c in r] for r in csv.reader(io.StringIO(text), dialect)]


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 (with a BOM, as Excel's "Unicode text"); else refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    raise ListError("lists.not_unicode", {"file": name})


def clean(value: str) -> str:
    """NFC, control and invisible format characters removed, every kind of space one plain space, trimmed."""
    value = _SPACES.sub(" ", value)
    kept = "".join(ch for ch in value if unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs"))
    return " ".join(unicodedata.normalize("NFC", kept).split())


# ---- finding the columns and the names ----------------------------------------------------------------------


def parse_rows(rows: Sequence[Sequence[str]], name_column: int | None = None) -> list[ImportedName] | NeedColumn:
    """Names from table rows (already text): see the module's docstring."""
    return parse_table(Table([[clean(str(c)) for c in r] for r in rows]), name_column, "")


@dataclass(frozen=True, slots=True)
class _Columns:
    start: int  # first data row (0-based)
    name: int | None
    family: int | None = None
    note: int | None = None


def parse_table(table: Table, name_column: int | None, file: str) -> list[ImportedName] | NeedColumn:
    """The names of a cleaned table, or NeedColumn, or ListError."""
    rows = table.rows
    if not any(any(r) for r in rows):
        raise ListError("lists.no_names", {"file": file})
    cols = _columns(rows) if name_column is None else _Columns(0, name_column)
    if cols.name is None:
        ask = _ask(rows)
        if isinstance(ask, NeedColumn):
            return ask
        cols = _Columns(0, ask)
    names, faults = _read(table, cols)
    if faults:
        raise ListError("lists.bad_rows", {"file": file}, faults)
    if not names:
        raise ListError("lists.no_names", {"file": file})
    if len(names) > MAX_NAMES:
        raise ListError("lists.too_many", {"file": file, "names": len(names), "max": MAX_NAMES})
    return names


def _key(cell: str) -> str:
    return cell.casefold().strip(" :.*")


def _columns(rows: list[list[str]]) -> _Columns:
    for i, r in enumerate(rows[:HEADER_SEARCH]):
        keys = [_key(c) for c in r]
        name = next((keys.index(h) for h in NAME_HEADERS if h in keys), None)
        given = next((keys.index(h) for h in GIVEN_HEADERS if h in keys), None)
        family = next((keys.index(h) for h in FAMILY_HEADERS if h in keys), None)
        note = next((keys.index(h) for h in NOTE_HEADERS if h in keys), None)
        if name is not None:
            return _Columns(i + 1, name, None, note)
        if given is not None and family is not None:
            return _Columns(i + 1, given, family, note)
        if given is not None:
            return _Columns(i + 1, given, None, note)
    return _Columns(0, None)


def _ask(rows: list[list[str]]) -> int | NeedColumn:
    """No header: the one column holding text (not numbers), else ask which."""
    width = max(len(r) for r in rows)
    text_columns = [
        c
        for c in range(width)
        if any(c < len(r) and r[c] and not r[c].replace(".", "").replace(",", "").isdigit() for r in rows)
    ]
    if len(text_columns) == 1:
        return text_columns[0]
    preview = tuple(tuple(r + [""] * (width - len(r))) for r in rows if any(r))[:PREVIEW_ROWS]
    return NeedColumn(preview, width, tuple(column_letter(c) for c in range(width)))


def column_letter(c: int) -> str:
    """A, B, …, Z, AA, … for a 0-based column."""
    letters = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _read(table: Table, cols: _Columns) -> tuple[list[ImportedName], list[Fault]]:
    assert cols.name is not None
    rows = table.rows
    used = [c for c in (cols.name, cols.family, cols.note) if c is not None]
    names: list[ImportedName] = []
    faults: list[Fault] = []
    pending: list[Fault] = []  # numbered rows with no name: faults only if a name follows
    for i in range(cols.start, len(rows)):
        r = rows[i]
        line = i + 1

        def cell(c: int | None, r: list[str] = r) -> str:
            return r[c] if c is not None and c < len(r) else ""

        # a unit merged over several people belongs to each; one name over several rows is refused
        marks = [
            table.marks[(i, c)]
            for c in used
            if (i, c) in table.marks and (table.marks[(i, c)][0] != "lists.row.merged" or c != cols.note)
        ]
        if marks:
            code, params = marks[0]
            faults.extend(pending)
            pending.clear()
            faults.append(Fault(line, code, params))
            continue
        name = " ".join(x for x in (cell(cols.family), cell(cols.name)) if x)
        if not any(r):
            continue
        if not name:
            if all(not x or x.isdigit() for x in r):
                pending.append(Fault(line, "lists.row.no_name"))
            else:
                faults.append(Fault(line, "lists.row.no_name"))
            continue
        faults.extend(pending)
        pending.clear()
        if len(name) > MAX_NAME:
            faults.append(Fault(line, "lists.row.too_long", {"max": MAX_NAME}))
        elif any(ch.isdigit() for ch in name):
            faults.append(Fault(line, "lists.row.digits", {"name": name}))
        elif len(name.split(" ")) < 2:
            faults.append(Fault(line, "lists.row.one_word", {"name": name}))
        else:
            names.append(ImportedName(name, cell(cols.note), line))
    return names, faults


def preview_text(ask: NeedColumn, column: int) -> str:
    """A column's first values, for the question (e.g. "Nguyễn Văn An, Trần Thị Bình, …")."""
    values = [r[column] for r in ask.rows if column < len(r) and r[column]]
    return ", ".join(values[:3]) + (", …" if len(values) > 3 else "")
