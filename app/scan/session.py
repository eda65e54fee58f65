"""Reading files of scanned pages into `kiemphieu-scan/1` records, one page at a time (bounded memory)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from app import texts
from app.errors import UserError
from app.scan.images import Unreadable, files_in, pages
from app.scan.model import PageReading, Reason, Status
from app.scan.reader import Reader
from ballot.model import ElectionData, Form

FORMAT = "kiemphieu-scan/1"


def election_data(file: str | None, db: str | None) -> ElectionData:
    """The congress from an election file, or from a congress database opened read-only (beside a window that
    has it open, or on read-only media)."""
    if (file is None) == (db is None):
        raise UserError("cli.file_or_db", {}, "FILE")
    if db is None:
        from app.fileformat.reader import load

        return load(file).data  # type: ignore[arg-type]
    from app import reports
    from app.storage.opening import open_db

    with open_db(db, read_only=True) as database:
        return reports.data(database)


def check_files(paths: Iterable[str]) -> list[Path]:
    """The files to read (folders opened); a `UserError` naming every file that is not an image or PDF."""
    files, bad = files_in([Path(p) for p in paths])
    if bad:
        raise UserError("scan.not_images", {"files": ", ".join(str(b) for b in bad)})
    if not files:
        raise UserError("scan.no_files")
    return files


def read_files(reader: Reader, files: Iterable[Path]) -> Iterator[tuple[Path, int, PageReading]]:
    """Each page of each file with its reading (a file that cannot be decoded gives one rejected page)."""
    for path in files:
        try:
            for number, image in enumerate(pages(path), start=1):
                yield path, number, reader.read(image)
        except Unreadable:
            yield path, 1, PageReading(Status.REJECTED, (Reason("scan.unreadable_file"),))


def reason_text(reading: PageReading, lang: str | None = None) -> str:
    """The reasons in words, one sentence after another."""
    return " ".join(texts.text(r.code, r.params, lang) for r in reading.reasons)


def record(source: Path, page: int, reading: PageReading) -> dict[str, Any]:
    """One ballot of the `kiemphieu-scan/1` document."""
    key = reading.key
    out: dict[str, Any] = {
        "source": str(source),
        "page": page,
        "election": key.election if key else None,
        "round": key.round if key else None,
        "status": reading.status.value,
    }
    if reading.status is not Status.REJECTED:
        if reading.form is Form.STRIKE_OUT:
            out["struck"] = list(reading.struck)
        else:
            out["marks"] = {str(no): mark.value for no, mark in reading.marks.items()}
        out["doubtful"] = list(reading.doubtful)
    out["reason"] = reason_text(reading)
    out["reason_code"] = reading.reasons[0].code if reading.reasons else ""
    out["reasons"] = [r.code for r in reading.reasons]
    if reading.page_to_image is not None:
        out["rotation"] = round(reading.rotation, 2)
    return out
